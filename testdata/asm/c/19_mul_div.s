	.text
	.file	"19_mul_div.c"
	.section	socket,"ax",@progbits
	.globl	arith                           # -- Begin function arith
	.p2align	3
	.type	arith,@function
arith:                                  # @arith
# %bb.0:
	w4 = *(u32 *)(r1 + 0)
	w2 = w4
	w2 <<= 7
	w3 = w4
	w3 ^= -559038737
	w3 += w2
	w2 = *(u32 *)(r1 + 68)
	w5 = w2
	w5 >>= 3
	w3 -= w5
	w5 = *(u32 *)(r1 + 8)
	w5 |= 1
	r0 = r5
	r0 *= r4
	r5 += 3
	r0 /= r5
	r0 %= 1000
	w3 += w0
	w1 = *(u32 *)(r1 + 32)
	w1 |= 1
	w4 = w2
	w4 /= w1
	w0 = w4
	w0 += w3
	w4 *= w1
	w4 -= w2
	w0 += w4
	w2 &= 61680
	w0 += w2
	exit
.Lfunc_end0:
	.size	arith, .Lfunc_end0-arith
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym arith
	.addrsig_sym _license
