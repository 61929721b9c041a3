	.text
	.file	"tail_calls.c"
	.section	xdp,"ax",@progbits
	.globl	tail_calls                      # -- Begin function tail_calls
	.p2align	3
	.type	tail_calls,@function
tail_calls:                             # @tail_calls
# %bb.0:
	r3 = *(u32 *)(r1 + 4)
	r2 = *(u32 *)(r1 + 0)
	r4 = r2
	r4 += 34
	if r4 > r3 goto LBB0_2
# %bb.1:
	r3 = *(u8 *)(r2 + 23)
	r2 = jump ll
	call 12
LBB0_2:
	r0 = 2
	exit
.Lfunc_end0:
	.size	tail_calls, .Lfunc_end0-tail_calls
                                        # -- End function
	.type	jump,@object                    # @jump
	.section	.maps,"aw",@progbits
	.globl	jump
	.p2align	3, 0x0
jump:
	.zero	32
	.size	jump, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tail_calls
	.addrsig_sym jump
	.addrsig_sym _license
