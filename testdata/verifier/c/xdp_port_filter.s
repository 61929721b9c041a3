	.text
	.file	"xdp_port_filter.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_port_filter                 # -- Begin function xdp_port_filter
	.p2align	3
	.type	xdp_port_filter,@function
xdp_port_filter:                        # @xdp_port_filter
# %bb.0:
	r2 = *(u32 *)(r1 + 4)
	r6 = *(u32 *)(r1 + 0)
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r0 = 2
	r1 = r6
	r1 += 54
	if r1 > r2 goto LBB0_7
# %bb.1:
	r1 = *(u16 *)(r6 + 12)
	if r1 != 8 goto LBB0_7
# %bb.2:
	r1 = *(u8 *)(r6 + 23)
	if r1 != 6 goto LBB0_7
# %bb.3:
	r1 = *(u8 *)(r6 + 14)
	r1 &= 15
	if r1 != 5 goto LBB0_7
# %bb.4:
	r2 = r10
	r2 += -4
	r1 = blocked_port ll
	call 1
	r1 = r0
	if r1 == 0 goto LBB0_6
# %bb.5:
	r0 = 1
	r2 = *(u16 *)(r6 + 36)
	r1 = *(u32 *)(r1 + 0)
	r1 = be16 r1
	if r2 == r1 goto LBB0_7
LBB0_6:
	r0 = 2
LBB0_7:
	exit
.Lfunc_end0:
	.size	xdp_port_filter, .Lfunc_end0-xdp_port_filter
                                        # -- End function
	.type	blocked_port,@object            # @blocked_port
	.section	.maps,"aw",@progbits
	.globl	blocked_port
	.p2align	3, 0x0
blocked_port:
	.zero	32
	.size	blocked_port, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_port_filter
	.addrsig_sym blocked_port
	.addrsig_sym _license
