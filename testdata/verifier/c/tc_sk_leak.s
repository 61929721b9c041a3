	.text
	.file	"tc_sk_leak.c"
	.section	tc,"ax",@progbits
	.globl	tc_sk_leak                      # -- Begin function tc_sk_leak
	.p2align	3
	.type	tc_sk_leak,@function
tc_sk_leak:                             # @tc_sk_leak
# %bb.0:
	r2 = 0
	*(u64 *)(r10 - 32) = r2
	r3 = 20480
	*(u16 *)(r10 - 30) = r3
	*(u32 *)(r10 - 8) = r2
	*(u64 *)(r10 - 16) = r2
	*(u64 *)(r10 - 24) = r2
	*(u64 *)(r10 - 40) = r2
	r2 = r10
	r2 += -40
	r3 = 12
	r4 = -1
	r5 = 0
	call 84
	r1 = 0
	if r0 == 0 goto LBB0_3
# %bb.1:
	r1 = 2
	r2 = *(u32 *)(r0 + 72)
	if r2 == 1 goto LBB0_3
# %bb.2:
	r1 = r0
	call 86
	r1 = 0
LBB0_3:
	r0 = r1
	exit
.Lfunc_end0:
	.size	tc_sk_leak, .Lfunc_end0-tc_sk_leak
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_sk_leak
	.addrsig_sym _license
