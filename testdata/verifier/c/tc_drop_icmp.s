	.text
	.file	"tc_drop_icmp.c"
	.section	tc,"ax",@progbits
	.globl	tc_drop_icmp                    # -- Begin function tc_drop_icmp
	.p2align	3
	.type	tc_drop_icmp,@function
tc_drop_icmp:                           # @tc_drop_icmp
# %bb.0:
	r0 = 0
	r2 = *(u32 *)(r1 + 80)
	r1 = *(u32 *)(r1 + 76)
	r3 = r1
	r3 += 34
	if r3 > r2 goto LBB0_4
# %bb.1:
	r1 = *(u8 *)(r1 + 23)
	r0 = 1
	if r1 == 1 goto LBB0_3
# %bb.2:
	r0 = 0
LBB0_3:
	r0 <<= 1
LBB0_4:
	exit
.Lfunc_end0:
	.size	tc_drop_icmp, .Lfunc_end0-tc_drop_icmp
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_drop_icmp
	.addrsig_sym _license
