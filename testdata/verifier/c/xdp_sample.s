	.text
	.file	"xdp_sample.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_sample                      # -- Begin function xdp_sample
	.p2align	3
	.type	xdp_sample,@function
xdp_sample:                             # @xdp_sample
# %bb.0:
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	call 7
	r0 &= 15
	if r0 != 0 goto LBB0_3
# %bb.1:
	r2 = r10
	r2 += -4
	r1 = sampled ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_3:
	r0 = 2
	exit
.Lfunc_end0:
	.size	xdp_sample, .Lfunc_end0-xdp_sample
                                        # -- End function
	.type	sampled,@object                 # @sampled
	.section	.maps,"aw",@progbits
	.globl	sampled
	.p2align	3, 0x0
sampled:
	.zero	32
	.size	sampled, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_sample
	.addrsig_sym sampled
	.addrsig_sym _license
