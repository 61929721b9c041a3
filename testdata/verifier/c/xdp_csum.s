	.text
	.file	"xdp_csum.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_csum                        # -- Begin function xdp_csum
	.p2align	3
	.type	xdp_csum,@function
xdp_csum:                               # @xdp_csum
# %bb.0:
	r2 = *(u32 *)(r1 + 4)
	r3 = *(u32 *)(r1 + 0)
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r0 = 2
	r1 = r3
	r1 += 34
	if r1 > r2 goto LBB0_3
# %bb.1:
	r3 += 26
	r1 = r10
	r1 += -8
	r2 = 8
	r4 = 8
	r5 = 0
	call 28
	r1 = r0
	r0 = 1
	if r1 == 0 goto LBB0_3
# %bb.2:
	r0 = 2
LBB0_3:
	exit
.Lfunc_end0:
	.size	xdp_csum, .Lfunc_end0-xdp_csum
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_csum
	.addrsig_sym _license
