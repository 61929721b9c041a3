	.text
	.file	"xdp_write_ctx.c"
	.section	xdp,"ax",@progbits
	.globl	xdp_write_ctx                   # -- Begin function xdp_write_ctx
	.p2align	3
	.type	xdp_write_ctx,@function
xdp_write_ctx:                          # @xdp_write_ctx
# %bb.0:
	r2 = 0
	*(u32 *)(r1 + 16) = r2
	r0 = 2
	exit
.Lfunc_end0:
	.size	xdp_write_ctx, .Lfunc_end0-xdp_write_ctx
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym xdp_write_ctx
	.addrsig_sym _license
