	.text
	.file	"socket_count.c"
	.section	socket,"ax",@progbits
	.globl	socket_count                    # -- Begin function socket_count
	.p2align	3
	.type	socket_count,@function
socket_count:                           # @socket_count
# %bb.0:
	r6 = r1
	r1 = *(u32 *)(r6 + 16)
	r1 &= 15
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = counts ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_2:
	r0 = *(u32 *)(r6 + 0)
	exit
.Lfunc_end0:
	.size	socket_count, .Lfunc_end0-socket_count
                                        # -- End function
	.type	counts,@object                  # @counts
	.section	.maps,"aw",@progbits
	.globl	counts
	.p2align	3, 0x0
counts:
	.zero	32
	.size	counts, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_count
	.addrsig_sym counts
	.addrsig_sym _license
