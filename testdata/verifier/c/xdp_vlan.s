	.text
	.file	"xdp_vlan.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_vlan                        # -- Begin function xdp_vlan
	.p2align	3
	.type	xdp_vlan,@function
xdp_vlan:                               # @xdp_vlan
# %bb.0:
	r0 = 1
	r2 = *(u32 *)(r1 + 4)
	r3 = *(u32 *)(r1 + 0)
	r1 = r3
	r1 += 14
	if r1 > r2 goto LBB0_8
# %bb.1:
	r4 = *(u16 *)(r3 + 12)
	if r4 != 129 goto LBB0_4
# %bb.2:
	r1 = r3
	r1 += 18
	if r1 > r2 goto LBB0_8
# %bb.3:
	r4 = *(u16 *)(r3 + 16)
LBB0_4:
	r0 = 2
	if r4 != 8 goto LBB0_8
# %bb.5:
	r3 = r1
	r3 += 20
	r0 = 1
	if r3 > r2 goto LBB0_8
# %bb.6:
	r1 = *(u8 *)(r1 + 8)
	r0 = 2
	if r1 > 1 goto LBB0_8
# %bb.7:
	r0 = 1
LBB0_8:
	exit
.Lfunc_end0:
	.size	xdp_vlan, .Lfunc_end0-xdp_vlan
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_vlan
	.addrsig_sym _license
