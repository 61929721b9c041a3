	.text
	.file	"09_switch.c"
	.section	tc,"ax",@progbits
	.globl	classify                        # -- Begin function classify
	.p2align	3
	.type	classify,@function
classify:                               # @classify
# %bb.0:
	w2 = *(u32 *)(r1 + 16)
	if w2 s> 1543 goto LBB0_3
# %bb.1:
	w0 = 1
	if w2 == 8 goto LBB0_9
# %bb.2:
	if w2 == 129 goto LBB0_7
	goto LBB0_8
LBB0_7:
	w0 = *(u32 *)(r1 + 24)
	w0 &= 4095
	goto LBB0_9
LBB0_3:
	if w2 == 1544 goto LBB0_6
# %bb.4:
	if w2 != 56710 goto LBB0_8
# %bb.5:
	w0 = 2
	goto LBB0_9
LBB0_8:
	w0 = -1
	goto LBB0_9
LBB0_6:
	w0 = 3
LBB0_9:
	exit
.Lfunc_end0:
	.size	classify, .Lfunc_end0-classify
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym classify
	.addrsig_sym _license
