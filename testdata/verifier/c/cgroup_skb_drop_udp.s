	.text
	.file	"cgroup_skb_drop_udp.c"
	.section	"cgroup_skb/ingress","ax",@progbits
	.globl	cgroup_skb_drop_udp             # -- Begin function cgroup_skb_drop_udp
	.p2align	3
	.type	cgroup_skb_drop_udp,@function
cgroup_skb_drop_udp:                    # @cgroup_skb_drop_udp
# %bb.0:
	r0 = 1
	r2 = *(u32 *)(r1 + 80)
	r1 = *(u32 *)(r1 + 76)
	r3 = r1
	r3 += 20
	if r3 > r2 goto LBB0_3
# %bb.1:
	r1 = *(u8 *)(r1 + 9)
	if r1 != 17 goto LBB0_3
# %bb.2:
	r0 = 0
LBB0_3:
	exit
.Lfunc_end0:
	.size	cgroup_skb_drop_udp, .Lfunc_end0-cgroup_skb_drop_udp
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym cgroup_skb_drop_udp
	.addrsig_sym _license
