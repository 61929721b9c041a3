	.text
	.file	"06_subprog.c"
	.section	socket,"ax",@progbits
	.globl	calls                           # -- Begin function calls
	.p2align	3
	.type	calls,@function
calls:                                  # @calls
# %bb.0:
	r6 = r1
	w1 = *(u32 *)(r6 + 0)
	call cube
	w7 = w0
	w1 = *(u32 *)(r6 + 8)
	call square
	w0 += w7
	exit
.Lfunc_end0:
	.size	calls, .Lfunc_end0-calls
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function cube
	.type	cube,@function
cube:                                   # @cube
# %bb.0:
	w6 = w1
	call square
	w0 *= w6
	exit
.Lfunc_end1:
	.size	cube, .Lfunc_end1-cube
                                        # -- End function
	.p2align	3                               # -- Begin function square
	.type	square,@function
square:                                 # @square
# %bb.0:
	w0 = w1
	w0 *= w0
	exit
.Lfunc_end2:
	.size	square, .Lfunc_end2-square
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym calls
	.addrsig_sym _license
