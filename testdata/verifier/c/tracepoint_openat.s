	.text
	.file	"tracepoint_openat.c"
	.section	"tracepoint/syscalls/sys_enter_openat","ax",@progbits
	.globl	tracepoint_openat               # -- Begin function tracepoint_openat
	.p2align	3
	.type	tracepoint_openat,@function
tracepoint_openat:                      # @tracepoint_openat
# %bb.0:
	r2 = 0
	*(u32 *)(r10 - 4) = r2
	r1 = *(u64 *)(r1 + 32)
	r1 &= 64
	if r1 == 0 goto LBB0_3
# %bb.1:
	r2 = r10
	r2 += -4
	r1 = creates ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_3:
	r0 = 0
	exit
.Lfunc_end0:
	.size	tracepoint_openat, .Lfunc_end0-tracepoint_openat
                                        # -- End function
	.type	creates,@object                 # @creates
	.section	.maps,"aw",@progbits
	.globl	creates
	.p2align	3, 0x0
creates:
	.zero	32
	.size	creates, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tracepoint_openat
	.addrsig_sym creates
	.addrsig_sym _license
