	.text
	.file	"cgroup_skb_rate.c"
	.section	"cgroup_skb/ingress","ax",@progbits
	.globl	cgroup_skb_rate                 # -- Begin function cgroup_skb_rate
	.p2align	3
	.type	cgroup_skb_rate,@function
cgroup_skb_rate:                        # @cgroup_skb_rate
# %bb.0:
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	call 5
	r6 = r0
	r2 = r10
	r2 += -4
	r1 = win ll
	call 1
	r1 = 1
	if r0 == 0 goto LBB0_7
# %bb.1:
	r6 /= 1000000000
	r1 = *(u64 *)(r0 + 0)
	if r1 != r6 goto LBB0_3
# %bb.2:
	r2 = *(u64 *)(r0 + 8)
	r2 += 1
	goto LBB0_4
LBB0_3:
	*(u64 *)(r0 + 0) = r6
	r2 = 1
LBB0_4:
	r1 = 1
	r3 = 1001
	if r3 > r2 goto LBB0_6
# %bb.5:
	r1 = 0
LBB0_6:
	*(u64 *)(r0 + 8) = r2
LBB0_7:
	r0 = r1
	exit
.Lfunc_end0:
	.size	cgroup_skb_rate, .Lfunc_end0-cgroup_skb_rate
                                        # -- End function
	.type	win,@object                     # @win
	.section	.maps,"aw",@progbits
	.globl	win
	.p2align	3, 0x0
win:
	.zero	32
	.size	win, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym cgroup_skb_rate
	.addrsig_sym win
	.addrsig_sym _license
