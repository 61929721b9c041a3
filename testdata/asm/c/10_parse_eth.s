	.text
	.file	"10_parse_eth.c"
	.section	xdp,"ax",@progbits
	.globl	parse                           # -- Begin function parse
	.p2align	3
	.type	parse,@function
parse:                                  # @parse
# %bb.0:
	w0 = 1
	w2 = *(u32 *)(r1 + 4)
	w1 = *(u32 *)(r1 + 0)
	r3 = r1
	r3 += 14
	if r3 > r2 goto LBB0_7
# %bb.1:
	w0 = 2
	w3 = *(u16 *)(r1 + 12)
	if w3 != 8 goto LBB0_7
# %bb.2:
	r3 = r1
	r3 += 34
	w0 = 1
	if r3 > r2 goto LBB0_7
# %bb.3:
	w2 = *(u8 *)(r1 + 23)
	if w2 != 17 goto LBB0_5
# %bb.4:
	w0 = 3
	w2 = *(u8 *)(r1 + 22)
	if w2 > 1 goto LBB0_7
LBB0_5:
	w1 = *(u32 *)(r1 + 30)
	w1 &= 255
	w0 = 1
	if w1 == 10 goto LBB0_7
# %bb.6:
	w0 = 2
LBB0_7:
	exit
.Lfunc_end0:
	.size	parse, .Lfunc_end0-parse
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym parse
	.addrsig_sym _license
