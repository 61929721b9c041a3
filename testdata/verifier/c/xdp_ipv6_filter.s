	.text
	.file	"xdp_ipv6_filter.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_ipv6_filter                 # -- Begin function xdp_ipv6_filter
	.p2align	3
	.type	xdp_ipv6_filter,@function
xdp_ipv6_filter:                        # @xdp_ipv6_filter
# %bb.0:
	r0 = 2
	r2 = *(u32 *)(r1 + 4)
	r1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 54
	if r3 > r2 goto LBB0_6
# %bb.1:
	r2 = *(u16 *)(r1 + 12)
	if r2 != 56710 goto LBB0_6
# %bb.2:
	r1 = *(u8 *)(r1 + 20)
	r2 = 2
	if r1 == 17 goto LBB0_4
# %bb.3:
	r2 = 1
LBB0_4:
	if r1 == 6 goto LBB0_6
# %bb.5:
	r0 = r2
LBB0_6:
	exit
.Lfunc_end0:
	.size	xdp_ipv6_filter, .Lfunc_end0-xdp_ipv6_filter
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_ipv6_filter
	.addrsig_sym _license
