	.text
	.file	"xdp_firewall.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_firewall                    # -- Begin function xdp_firewall
	.p2align	3
	.type	xdp_firewall,@function
xdp_firewall:                           # @xdp_firewall
# %bb.0:
	r0 = 2
	r2 = *(u32 *)(r1 + 4)
	r1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 34
	if r3 > r2 goto LBB0_4
# %bb.1:
	r2 = *(u16 *)(r1 + 12)
	if r2 != 8 goto LBB0_4
# %bb.2:
	r1 = *(u32 *)(r1 + 26)
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = blocklist ll
	call 1
	r1 = r0
	r0 = 2
	if r1 == 0 goto LBB0_4
# %bb.3:
	r0 = 1
	r2 = 1
	lock *(u64 *)(r1 + 0) += r2
LBB0_4:
	exit
.Lfunc_end0:
	.size	xdp_firewall, .Lfunc_end0-xdp_firewall
                                        # -- End function
	.type	blocklist,@object               # @blocklist
	.section	.maps,"aw",@progbits
	.globl	blocklist
	.p2align	3, 0x0
blocklist:
	.zero	32
	.size	blocklist, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_firewall
	.addrsig_sym blocklist
	.addrsig_sym _license
