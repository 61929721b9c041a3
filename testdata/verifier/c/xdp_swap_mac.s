	.text
	.file	"xdp_swap_mac.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_swap_mac                    # -- Begin function xdp_swap_mac
	.p2align	3
	.type	xdp_swap_mac,@function
xdp_swap_mac:                           # @xdp_swap_mac
# %bb.0:
	r0 = 1
	r2 = *(u32 *)(r1 + 4)
	r1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 14
	if r3 > r2 goto LBB0_2
# %bb.1:
	r2 = *(u8 *)(r1 + 11)
	r2 <<= 8
	r3 = *(u8 *)(r1 + 10)
	r2 |= r3
	*(u16 *)(r10 - 4) = r2
	r2 = *(u8 *)(r1 + 7)
	r2 <<= 8
	r3 = *(u8 *)(r1 + 6)
	r2 |= r3
	r3 = *(u8 *)(r1 + 8)
	r3 <<= 16
	r4 = *(u8 *)(r1 + 9)
	r4 <<= 24
	r4 |= r3
	r4 |= r2
	*(u32 *)(r10 - 8) = r4
	r2 = *(u16 *)(r1 + 0)
	*(u16 *)(r1 + 6) = r2
	r2 = *(u16 *)(r1 + 2)
	*(u16 *)(r1 + 8) = r2
	r2 = *(u16 *)(r1 + 4)
	*(u16 *)(r1 + 10) = r2
	r2 = *(u32 *)(r10 - 8)
	r3 = r2
	r3 >>= 16
	*(u8 *)(r1 + 2) = r3
	r3 = r2
	r3 >>= 24
	*(u8 *)(r1 + 3) = r3
	*(u8 *)(r1 + 0) = r2
	r2 >>= 8
	*(u8 *)(r1 + 1) = r2
	r2 = *(u16 *)(r10 - 4)
	*(u8 *)(r1 + 4) = r2
	r2 >>= 8
	*(u8 *)(r1 + 5) = r2
	r0 = 3
LBB0_2:
	exit
.Lfunc_end0:
	.size	xdp_swap_mac, .Lfunc_end0-xdp_swap_mac
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_swap_mac
	.addrsig_sym _license
