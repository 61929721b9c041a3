	.text
	.file	"xdp_icmp_echo.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_icmp_echo                   # -- Begin function xdp_icmp_echo
	.p2align	3
	.type	xdp_icmp_echo,@function
xdp_icmp_echo:                          # @xdp_icmp_echo
# %bb.0:
	r0 = 2
	r2 = *(u32 *)(r1 + 4)
	r1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 42
	if r3 > r2 goto LBB0_5
# %bb.1:
	r2 = *(u8 *)(r1 + 23)
	if r2 != 1 goto LBB0_5
# %bb.2:
	r2 = *(u8 *)(r1 + 14)
	r2 &= 15
	if r2 != 5 goto LBB0_5
# %bb.3:
	r2 = *(u8 *)(r1 + 34)
	if r2 != 8 goto LBB0_5
# %bb.4:
	r2 = 0
	*(u8 *)(r1 + 34) = r2
	r2 = *(u32 *)(r1 + 30)
	r3 = *(u32 *)(r1 + 26)
	*(u32 *)(r1 + 30) = r3
	*(u32 *)(r1 + 26) = r2
	r2 = *(u16 *)(r1 + 36)
	r2 += 8
	*(u16 *)(r1 + 36) = r2
	r0 = 3
LBB0_5:
	exit
.Lfunc_end0:
	.size	xdp_icmp_echo, .Lfunc_end0-xdp_icmp_echo
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_icmp_echo
	.addrsig_sym _license
