	.text
	.file	"01_return.c"
	.section	socket,"ax",@progbits
	.globl	prog                            # -- Begin function prog
	.p2align	3
	.type	prog,@function
prog:                                   # @prog
# %bb.0:
	w0 = 0
	exit
.Lfunc_end0:
	.size	prog, .Lfunc_end0-prog
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym prog
	.addrsig_sym _license
