	.text
	.file	"raw_tp_args.c"
	.section	"raw_tracepoint/sys_enter","ax",@progbits
	.globl	raw_tp_args                     # -- Begin function raw_tp_args
	.p2align	3
	.type	raw_tp_args,@function
raw_tp_args:                            # @raw_tp_args
# %bb.0:
	r1 = *(u64 *)(r1 + 8)
	*(u32 *)(r10 - 4) = r1
	r1 <<= 32
	r1 >>= 32
	if r1 > 511 goto LBB0_3
# %bb.1:
	r2 = r10
	r2 += -4
	r1 = syscalls ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_3:
	r0 = 0
	exit
.Lfunc_end0:
	.size	raw_tp_args, .Lfunc_end0-raw_tp_args
                                        # -- End function
	.type	syscalls,@object                # @syscalls
	.section	.maps,"aw",@progbits
	.globl	syscalls
	.p2align	3, 0x0
syscalls:
	.zero	32
	.size	syscalls, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym raw_tp_args
	.addrsig_sym syscalls
	.addrsig_sym _license
