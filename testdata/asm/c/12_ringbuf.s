	.text
	.file	"12_ringbuf.c"
	.section	"raw_tracepoint/sched_switch","ax",@progbits
	.globl	emit                            # -- Begin function emit
	.p2align	3
	.type	emit,@function
emit:                                   # @emit
# %bb.0:
	call 5
	*(u64 *)(r10 - 16) = r0
	call 14
	r0 >>= 32
	*(u32 *)(r10 - 8) = w0
	call 8
	*(u32 *)(r10 - 4) = w0
	r2 = r10
	r2 += -16
	r1 = events ll
	r3 = 16
	r4 = 0
	call 130
	w0 = 0
	exit
.Lfunc_end0:
	.size	emit, .Lfunc_end0-emit
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	events,@object                  # @events
	.section	.maps,"aw",@progbits
	.globl	events
	.p2align	3, 0x0
events:
	.zero	16
	.size	events, 16

	.addrsig
	.addrsig_sym emit
	.addrsig_sym _license
	.addrsig_sym events
