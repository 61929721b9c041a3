	.text
	.file	"xdp_redirect.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_redirect                    # -- Begin function xdp_redirect
	.p2align	3
	.type	xdp_redirect,@function
xdp_redirect:                           # @xdp_redirect
# %bb.0:
	r2 = *(u32 *)(r1 + 16)
	r2 &= 7
	r1 = tx_ports ll
	r3 = 2
	call 51
	exit
.Lfunc_end0:
	.size	xdp_redirect, .Lfunc_end0-xdp_redirect
                                        # -- End function
	.type	tx_ports,@object                # @tx_ports
	.section	.maps,"aw",@progbits
	.globl	tx_ports
	.p2align	3, 0x0
tx_ports:
	.zero	32
	.size	tx_ports, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_redirect
	.addrsig_sym tx_ports
	.addrsig_sym _license
