	.text
	.file	"socket_direct_data.c"
	.section	socket,"ax",@progbits
	.globl	socket_direct_data              # -- Begin function socket_direct_data
	.p2align	3
	.type	socket_direct_data,@function
socket_direct_data:                     # @socket_direct_data
# %bb.0:
	r0 = 0
	r2 = *(u32 *)(r1 + 80)
	r1 = *(u32 *)(r1 + 76)
	r3 = r1
	r3 += 1
	if r3 > r2 goto LBB0_2
# %bb.1:
	r0 = *(u8 *)(r1 + 0)
LBB0_2:
	exit
.Lfunc_end0:
	.size	socket_direct_data, .Lfunc_end0-socket_direct_data
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_direct_data
	.addrsig_sym _license
