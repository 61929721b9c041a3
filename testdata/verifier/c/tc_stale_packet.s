	.text
	.file	"tc_stale_packet.c"
	.section	tc,"ax",@progbits
	.globl	tc_stale_packet                 # -- Begin function tc_stale_packet
	.p2align	3
	.type	tc_stale_packet,@function
tc_stale_packet:                        # @tc_stale_packet
# %bb.0:
	r0 = 0
	r2 = *(u32 *)(r1 + 80)
	r6 = *(u32 *)(r1 + 76)
	r3 = r6
	r3 += 34
	if r3 > r2 goto LBB0_4
# %bb.1:
	r2 = 64
	call 39
	r1 = *(u8 *)(r6 + 22)
	r0 = 1
	if r1 == 1 goto LBB0_3
# %bb.2:
	r0 = 0
LBB0_3:
	r0 <<= 1
LBB0_4:
	exit
.Lfunc_end0:
	.size	tc_stale_packet, .Lfunc_end0-tc_stale_packet
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_stale_packet
	.addrsig_sym _license
