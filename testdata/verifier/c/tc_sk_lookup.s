	.text
	.file	"tc_sk_lookup.c"
	.section	tc,"ax",@progbits
	.globl	tc_sk_lookup                    # -- Begin function tc_sk_lookup
	.p2align	3
	.type	tc_sk_lookup,@function
tc_sk_lookup:                           # @tc_sk_lookup
# %bb.0:
	r3 = *(u32 *)(r1 + 80)
	r2 = *(u32 *)(r1 + 76)
	r4 = 0
	*(u32 *)(r10 - 4) = r4
	*(u32 *)(r10 - 8) = r4
	*(u32 *)(r10 - 12) = r4
	*(u32 *)(r10 - 16) = r4
	*(u32 *)(r10 - 20) = r4
	*(u32 *)(r10 - 24) = r4
	r4 = r2
	r4 += 54
	if r4 > r3 goto LBB0_6
# %bb.1:
	r3 = *(u8 *)(r2 + 23)
	if r3 != 6 goto LBB0_6
# %bb.2:
	r3 = *(u32 *)(r2 + 26)
	*(u32 *)(r10 - 36) = r3
	r3 = *(u32 *)(r2 + 30)
	*(u32 *)(r10 - 32) = r3
	r3 = *(u16 *)(r2 + 34)
	*(u16 *)(r10 - 28) = r3
	r2 = *(u16 *)(r2 + 36)
	*(u16 *)(r10 - 26) = r2
	r2 = r10
	r2 += -36
	r6 = r1
	r3 = 12
	r4 = -1
	r5 = 0
	call 84
	if r0 == 0 goto LBB0_6
# %bb.3:
	r1 = *(u32 *)(r0 + 72)
	if r1 != 1 goto LBB0_5
# %bb.4:
	r1 = 1
	*(u32 *)(r6 + 8) = r1
LBB0_5:
	r1 = r0
	call 86
LBB0_6:
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_sk_lookup, .Lfunc_end0-tc_sk_lookup
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_sk_lookup
	.addrsig_sym _license
