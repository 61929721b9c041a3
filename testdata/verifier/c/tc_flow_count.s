	.text
	.file	"tc_flow_count.c"
	.section	tc,"ax",@progbits
	.globl	tc_flow_count                   # -- Begin function tc_flow_count
	.p2align	3
	.type	tc_flow_count,@function
tc_flow_count:                          # @tc_flow_count
# %bb.0:
	r3 = *(u32 *)(r1 + 80)
	r2 = *(u32 *)(r1 + 76)
	r6 = *(u32 *)(r1 + 0)
	*(u64 *)(r10 - 16) = r6
	r1 = r2
	r1 += 34
	if r1 > r3 goto LBB0_4
# %bb.1:
	r1 = *(u32 *)(r2 + 26)
	*(u32 *)(r10 - 8) = r1
	r1 = *(u32 *)(r2 + 30)
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -8
	r1 = bytes ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	lock *(u64 *)(r0 + 0) += r6
	goto LBB0_4
LBB0_3:
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r1 = bytes ll
	r4 = 1
	call 2
LBB0_4:
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_flow_count, .Lfunc_end0-tc_flow_count
                                        # -- End function
	.type	bytes,@object                   # @bytes
	.section	.maps,"aw",@progbits
	.globl	bytes
	.p2align	3, 0x0
bytes:
	.zero	32
	.size	bytes, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_flow_count
	.addrsig_sym bytes
	.addrsig_sym _license
