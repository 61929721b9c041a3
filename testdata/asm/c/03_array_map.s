	.text
	.file	"03_array_map.c"
	.section	xdp,"ax",@progbits
	.globl	count                           # -- Begin function count
	.p2align	3
	.type	count,@function
count:                                  # @count
# %bb.0:
	w1 = *(u32 *)(r1 + 16)
	w1 &= 15
	*(u32 *)(r10 - 4) = w1
	r2 = r10
	r2 += -4
	r1 = counts ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_2:
	w0 = 2
	exit
.Lfunc_end0:
	.size	count, .Lfunc_end0-count
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	counts,@object                  # @counts
	.section	.maps,"aw",@progbits
	.globl	counts
	.p2align	3, 0x0
counts:
	.zero	32
	.size	counts, 32

	.addrsig
	.addrsig_sym count
	.addrsig_sym _license
	.addrsig_sym counts
