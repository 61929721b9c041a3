	.text
	.file	"kprobe_ringbuf_leak.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_ringbuf_leak             # -- Begin function kprobe_ringbuf_leak
	.p2align	3
	.type	kprobe_ringbuf_leak,@function
kprobe_ringbuf_leak:                    # @kprobe_ringbuf_leak
# %bb.0:
	r7 = r1
	r6 = 0
	r1 = events ll
	r2 = 8
	r3 = 0
	call 131
	if r0 == 0 goto LBB0_3
# %bb.1:
	r6 = 1
	r1 = *(u64 *)(r7 + 112)
	if r1 == 0 goto LBB0_3
# %bb.2:
	*(u64 *)(r0 + 0) = r1
	r6 = 0
	r1 = r0
	r2 = 0
	call 132
LBB0_3:
	r0 = r6
	exit
.Lfunc_end0:
	.size	kprobe_ringbuf_leak, .Lfunc_end0-kprobe_ringbuf_leak
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
	.addrsig_sym kprobe_ringbuf_leak
	.addrsig_sym events
	.addrsig_sym _license
