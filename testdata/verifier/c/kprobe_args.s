	.text
	.file	"kprobe_args.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_args                     # -- Begin function kprobe_args
	.p2align	3
	.type	kprobe_args,@function
kprobe_args:                            # @kprobe_args
# %bb.0:
	r1 = *(u64 *)(r1 + 112)
	r1 &= 255
	*(u32 *)(r10 - 4) = r1
	r6 = 1
	*(u64 *)(r10 - 16) = r6
	r2 = r10
	r2 += -4
	r1 = by_flag ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	lock *(u64 *)(r0 + 0) += r6
	goto LBB0_3
LBB0_2:
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r1 = by_flag ll
	r4 = 0
	call 2
LBB0_3:
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_args, .Lfunc_end0-kprobe_args
                                        # -- End function
	.type	by_flag,@object                 # @by_flag
	.section	.maps,"aw",@progbits
	.globl	by_flag
	.p2align	3, 0x0
by_flag:
	.zero	32
	.size	by_flag, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_args
	.addrsig_sym by_flag
	.addrsig_sym _license
