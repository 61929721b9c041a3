	.text
	.file	"21_percpu_lru.c"
	.section	"cgroup/skb","ax",@progbits
	.globl	cg                              # -- Begin function cg
	.p2align	3
	.type	cg,@function
cg:                                     # @cg
# %bb.0:
	r6 = r1
	w1 = *(u32 *)(r6 + 8)
	w1 &= 7
	*(u32 *)(r10 - 4) = w1
	w1 = *(u32 *)(r6 + 68)
	*(u32 *)(r10 - 8) = w1
	r2 = r10
	r2 += -4
	r1 = pc ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	w1 = *(u32 *)(r6 + 0)
	r2 = *(u64 *)(r0 + 0)
	r2 += r1
	*(u64 *)(r0 + 0) = r2
LBB0_2:
	w1 = 1
	*(u32 *)(r10 - 12) = w1
	r2 = r10
	r2 += -8
	r1 = lru ll
	call 1
	if r0 != 0 goto LBB0_4
# %bb.3:
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -12
	r1 = lru ll
	r4 = 1
	call 2
	goto LBB0_5
LBB0_4:
	r2 = r10
	r2 += -8
	r1 = lru ll
	call 3
LBB0_5:
	w0 = 1
	exit
.Lfunc_end0:
	.size	cg, .Lfunc_end0-cg
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	pc,@object                      # @pc
	.section	.maps,"aw",@progbits
	.globl	pc
	.p2align	3, 0x0
pc:
	.zero	32
	.size	pc, 32

	.type	lru,@object                     # @lru
	.globl	lru
	.p2align	3, 0x0
lru:
	.zero	32
	.size	lru, 32

	.addrsig
	.addrsig_sym cg
	.addrsig_sym _license
	.addrsig_sym pc
	.addrsig_sym lru
