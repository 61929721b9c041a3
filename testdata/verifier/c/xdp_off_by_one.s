	.text
	.file	"xdp_off_by_one.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_off_by_one                  # -- Begin function xdp_off_by_one
	.p2align	3
	.type	xdp_off_by_one,@function
xdp_off_by_one:                         # @xdp_off_by_one
# %bb.0:
	r0 = 2
	r2 = *(u32 *)(r1 + 0)
	r2 += 14
	r1 = *(u32 *)(r1 + 4)
	if r2 > r1 goto LBB0_3
# %bb.1:
	r1 = *(u8 *)(r2 + 0)
	if r1 == 69 goto LBB0_3
# %bb.2:
	r0 = 1
LBB0_3:
	exit
.Lfunc_end0:
	.size	xdp_off_by_one, .Lfunc_end0-xdp_off_by_one
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_off_by_one
	.addrsig_sym _license
