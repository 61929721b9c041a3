	.text
	.file	"18_bpf_loop.c"
	.section	socket,"ax",@progbits
	.globl	looper                          # -- Begin function looper
	.p2align	3
	.type	looper,@function
looper:                                 # @looper
# %bb.0:
	r2 = 0
	*(u64 *)(r10 - 16) = r2
	w1 = *(u32 *)(r1 + 0)
	*(u32 *)(r10 - 8) = w1
	r3 = r10
	r3 += -16
	w1 = 1000
	r2 = step ll
	r4 = 0
	call 181
	r0 = *(u64 *)(r10 - 16)
                                        # kill: def $w0 killed $w0 killed $r0
	exit
.Lfunc_end0:
	.size	looper, .Lfunc_end0-looper
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function step
	.type	step,@function
step:                                   # @step
# %bb.0:
	w3 = *(u32 *)(r2 + 8)
	w3 *= w1
	r4 = *(u64 *)(r2 + 0)
	r4 += r3
	*(u64 *)(r2 + 0) = r4
	w0 = 1
	if w1 > 100 goto LBB1_2
# %bb.1:
	w0 = 0
LBB1_2:
	exit
.Lfunc_end1:
	.size	step, .Lfunc_end1-step
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym looper
	.addrsig_sym step
	.addrsig_sym _license
