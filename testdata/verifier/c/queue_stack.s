	.text
	.file	"queue_stack.c"
	.section	"tracepoint/syscalls/sys_enter_openat","ax",@progbits
	.globl	queue_stack                     # -- Begin function queue_stack
	.p2align	3
	.type	queue_stack,@function
queue_stack:                            # @queue_stack
# %bb.0:
	call 5
	*(u64 *)(r10 - 8) = r0
	r2 = r10
	r2 += -8
	r1 = stamps ll
	r3 = 0
	call 87
	r2 = r10
	r2 += -16
	r1 = stamps ll
	call 88
	if r0 != 0 goto LBB0_2
# %bb.1:
	r0 = 1
	r1 = *(u64 *)(r10 - 8)
	r2 = *(u64 *)(r10 - 16)
	if r2 > r1 goto LBB0_3
LBB0_2:
	r0 = 0
LBB0_3:
	exit
.Lfunc_end0:
	.size	queue_stack, .Lfunc_end0-queue_stack
                                        # -- End function
	.type	stamps,@object                  # @stamps
	.section	.maps,"aw",@progbits
	.globl	stamps
	.p2align	3, 0x0
stamps:
	.zero	32
	.size	stamps, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym queue_stack
	.addrsig_sym stamps
	.addrsig_sym _license
