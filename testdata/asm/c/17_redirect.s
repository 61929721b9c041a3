	.text
	.file	"17_redirect.c"
	.section	xdp,"ax",@progbits
	.globl	redirect                        # -- Begin function redirect
	.p2align	3
	.type	redirect,@function
redirect:                               # @redirect
# %bb.0:
	w1 = 0
	*(u32 *)(r10 - 4) = w1
	r2 = r10
	r2 += -4
	r1 = cfg ll
	call 1
	r1 = r0
	w0 = 2
	if r1 == 0 goto LBB0_3
# %bb.1:
	w1 = *(u32 *)(r1 + 0)
	if w1 == 0 goto LBB0_3
# %bb.2:
	r2 = 0
	call 23
LBB0_3:
                                        # kill: def $w0 killed $w0 killed $r0
	exit
.Lfunc_end0:
	.size	redirect, .Lfunc_end0-redirect
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	cfg,@object                     # @cfg
	.section	.maps,"aw",@progbits
	.globl	cfg
	.p2align	3, 0x0
cfg:
	.zero	32
	.size	cfg, 32

	.addrsig
	.addrsig_sym redirect
	.addrsig_sym _license
	.addrsig_sym cfg
