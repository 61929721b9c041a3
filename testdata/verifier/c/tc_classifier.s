	.text
	.file	"tc_classifier.c"
	.section	tc,"ax",@progbits
	.globl	tc_classifier                   # -- Begin function tc_classifier
	.p2align	3
	.type	tc_classifier,@function
tc_classifier:                          # @tc_classifier
# %bb.0:
	r3 = *(u32 *)(r1 + 80)
	r2 = *(u32 *)(r1 + 76)
	r4 = r2
	r4 += 42
	if r4 > r3 goto LBB0_5
# %bb.1:
	r3 = *(u16 *)(r2 + 12)
	if r3 != 8 goto LBB0_5
# %bb.2:
	r3 = *(u8 *)(r2 + 23)
	if r3 != 17 goto LBB0_5
# %bb.3:
	r2 = *(u16 *)(r2 + 36)
	if r2 != 13568 goto LBB0_5
# %bb.4:
	r2 = 6
	*(u32 *)(r1 + 32) = r2
	r2 = 83
	*(u32 *)(r1 + 8) = r2
LBB0_5:
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_classifier, .Lfunc_end0-tc_classifier
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_classifier
	.addrsig_sym _license
