	.text
	.file	"raw_tp_bad_arg.c"
	.section	"raw_tracepoint/sys_enter","ax",@progbits
	.globl	raw_tp_bad_arg                  # -- Begin function raw_tp_bad_arg
	.p2align	3
	.type	raw_tp_bad_arg,@function
raw_tp_bad_arg:                         # @raw_tp_bad_arg
# %bb.0:
	r1 = *(u64 *)(r1 + 96)
	r0 = 1
	if r1 != 0 goto LBB0_2
# %bb.1:
	r0 = 0
LBB0_2:
	exit
.Lfunc_end0:
	.size	raw_tp_bad_arg, .Lfunc_end0-raw_tp_bad_arg
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym raw_tp_bad_arg
	.addrsig_sym _license
