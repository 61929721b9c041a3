	.text
	.file	"xdp_packet_key.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_packet_key                  # -- Begin function xdp_packet_key
	.p2align	3
	.type	xdp_packet_key,@function
xdp_packet_key:                         # @xdp_packet_key
# %bb.0:
	r0 = 1
	r3 = *(u32 *)(r1 + 4)
	r2 = *(u32 *)(r1 + 0)
	r1 = r2
	r1 += 34
	if r1 > r3 goto LBB0_3
# %bb.1:
	r2 += 26
	r1 = allow ll
	call 1
	r1 = r0
	r0 = 1
	if r1 == 0 goto LBB0_3
# %bb.2:
	r0 = 2
LBB0_3:
	exit
.Lfunc_end0:
	.size	xdp_packet_key, .Lfunc_end0-xdp_packet_key
                                        # -- End function
	.type	allow,@object                   # @allow
	.section	.maps,"aw",@progbits
	.globl	allow
	.p2align	3, 0x0
allow:
	.zero	32
	.size	allow, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_packet_key
	.addrsig_sym allow
	.addrsig_sym _license
