	.text
	.file	"tc_classid.c"
	.section	tc,"ax",@progbits
	.globl	tc_classid                      # -- Begin function tc_classid
	.p2align	3
	.type	tc_classid,@function
tc_classid:                             # @tc_classid
# %bb.0:
	r2 = *(u32 *)(r1 + 0)
	*(u32 *)(r1 + 48) = r2
	r2 = *(u32 *)(r1 + 8)
	r2 &= 255
	r2 |= 65536
	*(u32 *)(r1 + 72) = r2
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_classid, .Lfunc_end0-tc_classid
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_classid
	.addrsig_sym _license
