	.text
	.file	"13_tail_call.c"
	.section	socket,"ax",@progbits
	.globl	stage1                          # -- Begin function stage1
	.p2align	3
	.type	stage1,@function
stage1:                                 # @stage1
# %bb.0:
	r2 = jmp ll
	w3 = 1
	call 12
	w0 = 1
	exit
.Lfunc_end0:
	.size	stage1, .Lfunc_end0-stage1
                                        # -- End function
	.globl	stage2                          # -- Begin function stage2
	.p2align	3
	.type	stage2,@function
stage2:                                 # @stage2
# %bb.0:
	w3 = *(u32 *)(r1 + 8)
	w3 &= 3
	r2 = jmp ll
	call 12
	w0 = 2
	exit
.Lfunc_end1:
	.size	stage2, .Lfunc_end1-stage2
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	jmp,@object                     # @jmp
	.section	.maps,"aw",@progbits
	.globl	jmp
	.p2align	3, 0x0
jmp:
	.zero	32
	.size	jmp, 32

	.addrsig
	.addrsig_sym stage1
	.addrsig_sym stage2
	.addrsig_sym _license
	.addrsig_sym jmp
