	.text
	.file	"tc_hash.c"
	.section	tc,"ax",@progbits
	.globl	tc_hash                         # -- Begin function tc_hash
	.p2align	3
	.type	tc_hash,@function
tc_hash:                                # @tc_hash
# %bb.0:
	r6 = r1
	call 34
	r0 &= 3
	*(u32 *)(r6 + 8) = r0
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_hash, .Lfunc_end0-tc_hash
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_hash
	.addrsig_sym _license
