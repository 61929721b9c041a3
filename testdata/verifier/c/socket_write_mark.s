	.text
	.file	"socket_write_mark.c"
	.section	socket,"ax",@progbits
	.globl	socket_write_mark               # -- Begin function socket_write_mark
	.p2align	3
	.type	socket_write_mark,@function
socket_write_mark:                      # @socket_write_mark
# %bb.0:
	r2 = 1
	*(u32 *)(r1 + 8) = r2
	r0 = 4294967295 ll
	exit
.Lfunc_end0:
	.size	socket_write_mark, .Lfunc_end0-socket_write_mark
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_write_mark
	.addrsig_sym _license
