	.text
	.file	"22_ld_abs.c"
	.section	socket,"ax",@progbits
	.globl	ldabs                           # -- Begin function ldabs
	.p2align	3
	.type	ldabs,@function
ldabs:                                  # @ldabs
# %bb.0:
	r6 = r1
	w7 = 0
	r0 = *(u16 *)skb[12]
	if r0 != 2048 goto LBB0_3
# %bb.1:
	r0 = *(u8 *)skb[14]
	r0 <<= 2
	r0 &= 60
	r0 += 14
	r0 = *(u32 *)skb[r0]
	w7 = -1
	if r0 == 2130706433 goto LBB0_3
# %bb.2:
	w7 = 0
LBB0_3:
	w0 = w7
	exit
.Lfunc_end0:
	.size	ldabs, .Lfunc_end0-ldabs
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym ldabs
	.addrsig_sym _license
