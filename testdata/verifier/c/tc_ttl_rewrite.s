	.text
	.file	"tc_ttl_rewrite.c"
	.section	tc,"ax",@progbits
	.globl	tc_ttl_rewrite                  # -- Begin function tc_ttl_rewrite
	.p2align	3
	.type	tc_ttl_rewrite,@function
tc_ttl_rewrite:                         # @tc_ttl_rewrite
# %bb.0:
	r3 = *(u32 *)(r1 + 80)
	r2 = *(u32 *)(r1 + 76)
	r4 = 1
	*(u8 *)(r10 - 1) = r4
	r4 = r2
	r4 += 34
	if r4 > r3 goto LBB0_3
# %bb.1:
	r3 = *(u8 *)(r2 + 22)
	r2 = 2
	if r2 > r3 goto LBB0_3
# %bb.2:
	r6 = r1
	r2 = 24
	r4 = 1
	r5 = 2
	call 10
	r3 = r10
	r3 += -1
	r1 = r6
	r2 = 22
	r4 = 1
	r5 = 0
	call 9
LBB0_3:
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_ttl_rewrite, .Lfunc_end0-tc_ttl_rewrite
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_ttl_rewrite
	.addrsig_sym _license
