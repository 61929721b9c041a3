	.text
	.file	"xdp_meta.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_meta                        # -- Begin function xdp_meta
	.p2align	3
	.type	xdp_meta,@function
xdp_meta:                               # @xdp_meta
# %bb.0:
	r6 = r1
	r2 = 4294967292 ll
	call 54
	r1 = r0
	r0 = 2
	if r1 != 0 goto LBB0_3
# %bb.1:
	r0 = 0
	r2 = *(u32 *)(r6 + 0)
	r1 = *(u32 *)(r6 + 8)
	r3 = r1
	r3 += 4
	if r3 > r2 goto LBB0_3
# %bb.2:
	r2 = 42
	*(u32 *)(r1 + 0) = r2
	r0 = 2
LBB0_3:
	exit
.Lfunc_end0:
	.size	xdp_meta, .Lfunc_end0-xdp_meta
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_meta
	.addrsig_sym _license
