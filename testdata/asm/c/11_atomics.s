	.text
	.file	"11_atomics.c"
	.section	socket,"ax",@progbits
	.globl	atomics                         # -- Begin function atomics
	.p2align	3
	.type	atomics,@function
atomics:                                # @atomics
# %bb.0:
	w0 = *(u32 *)(r1 + 0)
	r2 = total ll
	r0 = atomic_fetch_add((u64 *)(r2 + 0), r0)
	w3 = *(u32 *)(r1 + 8)
	w3 &= 63
	r4 = 1
	r4 <<= r3
	r3 = bits ll
	lock *(u64 *)(r3 + 0) |= r4
	r4 = -3
	lock *(u64 *)(r3 + 0) &= r4
	w1 = *(u32 *)(r1 + 68)
	r3 = small ll
	lock *(u32 *)(r3 + 0) ^= w1
	r1 = r0
	r1 += 1
	r3 = cmp ll
	r0 = cmpxchg_64(r3 + 0, r0, r1)
	r1 = 0
	r1 = xchg_64(r2 + 0, r1)
	w0 += w1
                                        # kill: def $w0 killed $w0 killed $r0
	exit
.Lfunc_end0:
	.size	atomics, .Lfunc_end0-atomics
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	total,@object                   # @total
	.section	.bss,"aw",@nobits
	.globl	total
	.p2align	3, 0x0
total:
	.quad	0                               # 0x0
	.size	total, 8

	.type	bits,@object                    # @bits
	.globl	bits
	.p2align	3, 0x0
bits:
	.quad	0                               # 0x0
	.size	bits, 8

	.type	small,@object                   # @small
	.globl	small
	.p2align	2, 0x0
small:
	.long	0                               # 0x0
	.size	small, 4

	.type	cmp,@object                     # @cmp
	.globl	cmp
	.p2align	3, 0x0
cmp:
	.quad	0                               # 0x0
	.size	cmp, 8

	.addrsig
	.addrsig_sym atomics
	.addrsig_sym _license
	.addrsig_sym total
	.addrsig_sym bits
	.addrsig_sym small
	.addrsig_sym cmp
