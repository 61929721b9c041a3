	.text
	.file	"tc_load_bytes.c"
	.section	tc,"ax",@progbits
	.globl	tc_load_bytes                   # -- Begin function tc_load_bytes
	.p2align	3
	.type	tc_load_bytes,@function
tc_load_bytes:                          # @tc_load_bytes
# %bb.0:
	r3 = r10
	r3 += -20
	r2 = 14
	r4 = 20
	call 26
	r1 = r0
	r0 = 0
	if r0 s> r1 goto LBB0_4
# %bb.1:
	r1 = *(u8 *)(r10 - 20)
	r1 &= 240
	r0 = 1
	if r1 != 64 goto LBB0_3
# %bb.2:
	r0 = 0
LBB0_3:
	r0 <<= 1
LBB0_4:
	exit
.Lfunc_end0:
	.size	tc_load_bytes, .Lfunc_end0-tc_load_bytes
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_load_bytes
	.addrsig_sym _license
