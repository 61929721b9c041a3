	.text
	.file	"tc_pull_data.c"
	.section	tc,"ax",@progbits
	.globl	tc_pull_data                    # -- Begin function tc_pull_data
	.p2align	3
	.type	tc_pull_data,@function
tc_pull_data:                           # @tc_pull_data
# %bb.0:
	r6 = r1
	r2 = 54
	call 39
	r1 = r0
	r0 = 0
	if r1 != 0 goto LBB0_5
# %bb.1:
	r2 = *(u32 *)(r6 + 80)
	r1 = *(u32 *)(r6 + 76)
	r3 = r1
	r3 += 54
	if r3 > r2 goto LBB0_5
# %bb.2:
	r1 = *(u16 *)(r1 + 36)
	r0 = 1
	if r1 == 5632 goto LBB0_4
# %bb.3:
	r0 = 0
LBB0_4:
	r0 <<= 1
LBB0_5:
	exit
.Lfunc_end0:
	.size	tc_pull_data, .Lfunc_end0-tc_pull_data
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_pull_data
	.addrsig_sym _license
