	.text
	.file	"perf_event_period.c"
	.section	perf_event,"ax",@progbits
	.globl	perf_event_period               # -- Begin function perf_event_period
	.p2align	3
	.type	perf_event_period,@function
perf_event_period:                      # @perf_event_period
# %bb.0:
	r2 = 0
	*(u32 *)(r10 - 4) = r2
	r1 = *(u64 *)(r1 + 168)
	r2 = 100000
	if r2 > r1 goto LBB0_3
# %bb.1:
	r2 = r10
	r2 += -4
	r1 = big ll
	call 1
	if r0 == 0 goto LBB0_3
# %bb.2:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_3:
	r0 = 0
	exit
.Lfunc_end0:
	.size	perf_event_period, .Lfunc_end0-perf_event_period
                                        # -- End function
	.type	big,@object                     # @big
	.section	.maps,"aw",@progbits
	.globl	big
	.p2align	3, 0x0
big:
	.zero	32
	.size	big, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym perf_event_period
	.addrsig_sym big
	.addrsig_sym _license
