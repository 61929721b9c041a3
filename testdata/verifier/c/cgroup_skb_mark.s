	.text
	.file	"cgroup_skb_mark.c"
	.section	"cgroup_skb/egress","ax",@progbits
	.globl	cgroup_skb_mark                 # -- Begin function cgroup_skb_mark
	.p2align	3
	.type	cgroup_skb_mark,@function
cgroup_skb_mark:                        # @cgroup_skb_mark
# %bb.0:
	r2 = *(u32 *)(r1 + 32)
	if r2 != 6 goto LBB0_2
# %bb.1:
	r2 = 102
	*(u32 *)(r1 + 8) = r2
LBB0_2:
	r0 = 1
	exit
.Lfunc_end0:
	.size	cgroup_skb_mark, .Lfunc_end0-cgroup_skb_mark
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym cgroup_skb_mark
	.addrsig_sym _license
