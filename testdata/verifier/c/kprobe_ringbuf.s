	.text
	.file	"kprobe_ringbuf.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_ringbuf                  # -- Begin function kprobe_ringbuf
	.p2align	3
	.type	kprobe_ringbuf,@function
kprobe_ringbuf:                         # @kprobe_ringbuf
# %bb.0:
	r1 = events ll
	r2 = 32
	r3 = 0
	call 131
	r6 = r0
	if r6 == 0 goto LBB0_2
# %bb.1:
	call 14
	r0 >>= 32
	*(u32 *)(r6 + 0) = r0
	call 15
	*(u32 *)(r6 + 4) = r0
	call 5
	*(u64 *)(r6 + 8) = r0
	r1 = r6
	r1 += 16
	r2 = 16
	call 16
	r1 = r6
	r2 = 0
	call 132
LBB0_2:
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_ringbuf, .Lfunc_end0-kprobe_ringbuf
                                        # -- End function
	.type	events,@object                  # @events
	.section	.maps,"aw",@progbits
	.globl	events
	.p2align	3, 0x0
events:
	.zero	16
	.size	events, 16

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_ringbuf
	.addrsig_sym events
	.addrsig_sym _license
