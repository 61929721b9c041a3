	.text
	.file	"15_v4_signed_ext.c"
	.section	socket,"ax",@progbits
	.globl	sext                            # -- Begin function sext
	.p2align	3
	.type	sext,@function
sext:                                   # @sext
# %bb.0:
	r2 = *(s8 *)(r1 + 48)
	r3 = *(s16 *)(r1 + 52)
	w3 += w2
	w2 = *(u32 *)(r1 + 56)
	w3 += w2
	r0 = (s32)r3
	w2 = *(u32 *)(r1 + 0)
	w2 |= 1
	r3 = r0
	r3 s/= r2
	r0 = bswap64 r0
	w0 += w3
	w2 = *(u32 *)(r1 + 8)
	w2 = (s8)w2
	w1 = *(u32 *)(r1 + 68)
	w1 = (s16)w1
	w1 += w2
	w1 s%= 5
	w0 += w1
                                        # kill: def $w0 killed $w0 killed $r0
	exit
.Lfunc_end0:
	.size	sext, .Lfunc_end0-sext
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym sext
	.addrsig_sym _license
