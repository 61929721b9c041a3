	.text
	.file	"14_signed.c"
	.section	socket,"ax",@progbits
	.globl	signed_ops                      # -- Begin function signed_ops
	.p2align	3
	.type	signed_ops,@function
signed_ops:                             # @signed_ops
# %bb.0:
	w0 = *(u32 *)(r1 + 8)
	if w0 s> -6 goto LBB0_2
# %bb.1:
	w0 = -w0
	w0 /= 3
	w0 = -w0
	goto LBB0_5
LBB0_2:
	w2 = *(u32 *)(r1 + 68)
	w1 = *(u32 *)(r1 + 32)
	if w1 s<= w2 goto LBB0_4
# %bb.3:
	w2 s>>= 3
	w0 = w2
	goto LBB0_5
LBB0_4:
	w0 s%= 7
	w1 s>>= 2
	w1 += w0
	w0 = w1
LBB0_5:
	exit
.Lfunc_end0:
	.size	signed_ops, .Lfunc_end0-signed_ops
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym signed_ops
	.addrsig_sym _license
