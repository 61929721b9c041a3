	.text
	.file	"kprobe_probe_read.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_probe_read               # -- Begin function kprobe_probe_read
	.p2align	3
	.type	kprobe_probe_read,@function
kprobe_probe_read:                      # @kprobe_probe_read
# %bb.0:
	r3 = *(u64 *)(r1 + 104)
	r1 = r10
	r1 += -16
	r2 = 16
	call 112
	r1 = r0
	r2 = 1
	r0 = 1
	if r1 s> -1 goto LBB0_2
# %bb.1:
	r0 = 0
LBB0_2:
	r1 = *(u8 *)(r10 - 16)
	r1 &= 255
	if r1 == 47 goto LBB0_4
# %bb.3:
	r2 = 0
LBB0_4:
	r0 &= r2
	exit
.Lfunc_end0:
	.size	kprobe_probe_read, .Lfunc_end0-kprobe_probe_read
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_probe_read
	.addrsig_sym _license
