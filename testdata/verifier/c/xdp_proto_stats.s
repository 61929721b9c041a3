	.text
	.file	"xdp_proto_stats.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_proto_stats                 # -- Begin function xdp_proto_stats
	.p2align	3
	.type	xdp_proto_stats,@function
xdp_proto_stats:                        # @xdp_proto_stats
# %bb.0:
	r2 = *(u32 *)(r1 + 4)
	r1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 34
	if r3 > r2 goto LBB0_3
# %bb.1:
	r1 = *(u8 *)(r1 + 23)
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = proto_count ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	r1 = *(u64 *)(r0 + 0)
	r1 += 1
	*(u64 *)(r0 + 0) = r1
LBB0_3:
	r0 = 2
	exit
.Lfunc_end0:
	.size	xdp_proto_stats, .Lfunc_end0-xdp_proto_stats
                                        # -- End function
	.type	proto_count,@object             # @proto_count
	.section	.maps,"aw",@progbits
	.globl	proto_count
	.p2align	3, 0x0
proto_count:
	.zero	32
	.size	proto_count, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_proto_stats
	.addrsig_sym proto_count
	.addrsig_sym _license
