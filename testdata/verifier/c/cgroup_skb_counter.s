	.text
	.file	"cgroup_skb_counter.c"
	.section	"cgroup_skb/ingress","ax",@progbits
	.globl	cgroup_skb_counter              # -- Begin function cgroup_skb_counter
	.p2align	3
	.type	cgroup_skb_counter,@function
cgroup_skb_counter:                     # @cgroup_skb_counter
# %bb.0:
	r6 = r1
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = traffic ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	r1 = *(u32 *)(r6 + 0)
	lock *(u64 *)(r0 + 0) += r1
LBB0_2:
	r0 = 1
	exit
.Lfunc_end0:
	.size	cgroup_skb_counter, .Lfunc_end0-cgroup_skb_counter
                                        # -- End function
	.type	traffic,@object                 # @traffic
	.section	.maps,"aw",@progbits
	.globl	traffic
	.p2align	3, 0x0
traffic:
	.zero	32
	.size	traffic, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym cgroup_skb_counter
	.addrsig_sym traffic
	.addrsig_sym _license
