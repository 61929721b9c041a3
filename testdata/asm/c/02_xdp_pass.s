	.text
	.file	"02_xdp_pass.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_pass                        # -- Begin function xdp_pass
	.p2align	3
	.type	xdp_pass,@function
xdp_pass:                               # @xdp_pass
# %bb.0:
	w1 = *(u32 *)(r1 + 12)
	w0 = 1
	if w1 == 3 goto LBB0_2
# %bb.1:
	w0 = 2
LBB0_2:
	exit
.Lfunc_end0:
	.size	xdp_pass, .Lfunc_end0-xdp_pass
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_pass
	.addrsig_sym _license
