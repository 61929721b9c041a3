	.text
	.file	"cgroup_skb_bad_return.c"
	.section	"cgroup_skb/ingress","ax",@progbits
	.globl	cgroup_skb_bad_return           # -- Begin function cgroup_skb_bad_return
	.p2align	3
	.type	cgroup_skb_bad_return,@function
cgroup_skb_bad_return:                  # @cgroup_skb_bad_return
# %bb.0:
	r0 = *(u32 *)(r1 + 0)
	exit
.Lfunc_end0:
	.size	cgroup_skb_bad_return, .Lfunc_end0-cgroup_skb_bad_return
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym cgroup_skb_bad_return
	.addrsig_sym _license
