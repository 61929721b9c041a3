	.text
	.file	"23_prandom.c"
	.section	perf_event,"ax",@progbits
	.globl	sample                          # -- Begin function sample
	.p2align	3
	.type	sample,@function
sample:                                 # @sample
# %bb.0:
	call 7
	w1 = w0
	w2 = w1
	w2 &= 15
	r2 <<= 2
	r3 = hist ll
	r3 += r2
	w2 = *(u32 *)(r3 + 0)
	w2 += 1
	*(u32 *)(r3 + 0) = w2
	w1 %= 3
	w0 = 1
	if w1 == 0 goto LBB0_2
# %bb.1:
	w0 = 0
LBB0_2:
	exit
.Lfunc_end0:
	.size	sample, .Lfunc_end0-sample
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	hist,@object                    # @hist
	.section	.bss,"aw",@nobits
	.globl	hist
	.p2align	2, 0x0
hist:
	.zero	64
	.size	hist, 64

	.addrsig
	.addrsig_sym sample
	.addrsig_sym _license
