	.text
	.file	"20_bitfields.c"
	.section	socket,"ax",@progbits
	.globl	bitfields                       # -- Begin function bitfields
	.p2align	3
	.type	bitfields,@function
bitfields:                              # @bitfields
# %bb.0:
	w1 = *(u32 *)(r1 + 48)
	w0 = w1
	w0 &= 15
	w0 *= 100
	w2 = w1
	w2 >>= 16
	w0 += w2
	w2 = w1
	w2 >>= 8
	w2 &= 63
	w0 += w2
	w2 = w1
	w2 >>= 14
	w2 &= 3
	w0 += w2
	w1 >>= 4
	w1 &= 15
	w1 *= 10
	w0 += w1
	exit
.Lfunc_end0:
	.size	bitfields, .Lfunc_end0-bitfields
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym bitfields
	.addrsig_sym _license
