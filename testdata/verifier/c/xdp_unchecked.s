	.text
	.file	"xdp_unchecked.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_unchecked                   # -- Begin function xdp_unchecked
	.p2align	3
	.type	xdp_unchecked,@function
xdp_unchecked:                          # @xdp_unchecked
# %bb.0:
	r1 = *(u32 *)(r1 + 0)
	r1 = *(u8 *)(r1 + 23)
	r0 = 1
	if r1 == 6 goto LBB0_2
# %bb.1:
	r0 = 2
LBB0_2:
	exit
.Lfunc_end0:
	.size	xdp_unchecked, .Lfunc_end0-xdp_unchecked
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_unchecked
	.addrsig_sym _license
