	.text
	.file	"16_stack.c"
	.section	socket,"ax",@progbits
	.globl	stack                           # -- Begin function stack
	.p2align	3
	.type	stack,@function
stack:                                  # @stack
# %bb.0:
	w2 = *(u32 *)(r1 + 48)
	*(u64 *)(r10 - 64) = r2
	w3 = *(u32 *)(r1 + 52)
	w4 = w3
	w4 += 1
	*(u64 *)(r10 - 56) = r4
	w4 = *(u32 *)(r1 + 56)
	w5 = w4
	w5 += 2
	*(u64 *)(r10 - 48) = r5
	w5 = *(u32 *)(r1 + 60)
	w5 += 3
	*(u64 *)(r10 - 40) = r5
	w4 += 7
	w1 = *(u32 *)(r1 + 64)
	*(u64 *)(r10 - 8) = r4
	w3 += 6
	*(u64 *)(r10 - 16) = r3
	w2 += 5
	*(u64 *)(r10 - 24) = r2
	w1 += 4
	*(u64 *)(r10 - 32) = r1
	r1 = r10
	r1 += -64
	call fold
                                        # kill: def $w0 killed $w0 killed $r0
	exit
.Lfunc_end0:
	.size	stack, .Lfunc_end0-stack
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function fold
	.type	fold,@function
fold:                                   # @fold
# %bb.0:
	r2 = *(u64 *)(r1 + 8)
	r2 <<= 1
	r3 = *(u64 *)(r1 + 0)
	r2 ^= r3
	r3 = *(u64 *)(r1 + 16)
	r3 *= 3
	r3 ^= r2
	r2 = *(u64 *)(r1 + 24)
	r2 <<= 2
	r2 ^= r3
	r3 = *(u64 *)(r1 + 32)
	r3 *= 5
	r3 ^= r2
	r2 = *(u64 *)(r1 + 40)
	r2 *= 6
	r2 ^= r3
	r3 = *(u64 *)(r1 + 48)
	r3 *= 7
	r3 ^= r2
	r0 = *(u64 *)(r1 + 56)
	r0 <<= 3
	r0 ^= r3
	exit
.Lfunc_end1:
	.size	fold, .Lfunc_end1-fold
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym stack
	.addrsig_sym _license
