	.text
	.file	"socket_filter.c"
	.section	socket,"ax",@progbits
	.globl	socket_filter                   # -- Begin function socket_filter
	.p2align	3
	.type	socket_filter,@function
socket_filter:                          # @socket_filter
# %bb.0:
	r1 = *(u32 *)(r1 + 0)
	r0 = 100
	if r1 > 100 goto LBB0_2
# %bb.1:
	r0 = 0
LBB0_2:
	exit
.Lfunc_end0:
	.size	socket_filter, .Lfunc_end0-socket_filter
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_filter
	.addrsig_sym _license
