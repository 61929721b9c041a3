	.text
	.file	"05_loop.c"
	.section	socket,"ax",@progbits
	.globl	sum                             # -- Begin function sum
	.p2align	3
	.type	sum,@function
sum:                                    # @sum
# %bb.0:
	w2 = 0
	w1 = *(u32 *)(r1 + 0)
	w3 = 0
LBB0_1:                                 # =>This Inner Loop Header: Depth=1
	w4 = w2
	w4 &= 7
	w0 = w1
	w0 >>= w4
	w0 ^= w2
	w0 += w3
	w2 += 1
	w3 = w0
	if w2 == 64 goto LBB0_2
	goto LBB0_1
LBB0_2:
	exit
.Lfunc_end0:
	.size	sum, .Lfunc_end0-sum
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym sum
	.addrsig_sym _license
