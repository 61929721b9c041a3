	.text
	.file	"07_globals.c"
	.section	socket,"ax",@progbits
	.globl	globals                         # -- Begin function globals
	.p2align	3
	.type	globals,@function
globals:                                # @globals
# %bb.0:
	w1 = *(u32 *)(r1 + 0)
	r2 = hidden ll
	w0 = *(u32 *)(r2 + 0)
	w0 += w1
	*(u32 *)(r2 + 0) = w0
	r1 = limit ll
	w3 = *(u32 *)(r1 + 0)
	r1 = counter ll
	w2 = *(u32 *)(r1 + 0)
	w2 += 1
	if w2 s< w3 goto LBB0_2
# %bb.1:
	w0 = 0
LBB0_2:
	*(u32 *)(r1 + 0) = w2
	exit
.Lfunc_end0:
	.size	globals, .Lfunc_end0-globals
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	counter,@object                 # @counter
	.data
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	7                               # 0x7
	.size	counter, 4

	.type	limit,@object                   # @limit
	.section	.rodata,"a",@progbits
	.globl	limit
	.p2align	2, 0x0
limit:
	.long	100                             # 0x64
	.size	limit, 4

	.type	hidden,@object                  # @hidden
	.local	hidden
	.comm	hidden,4,4
	.addrsig
	.addrsig_sym globals
	.addrsig_sym _license
	.addrsig_sym limit
