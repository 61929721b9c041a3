	.text
	.file	"tc_ringbuf_output.c"
	.section	tc,"ax",@progbits
	.globl	tc_ringbuf_output               # -- Begin function tc_ringbuf_output
	.p2align	3
	.type	tc_ringbuf_output,@function
tc_ringbuf_output:                      # @tc_ringbuf_output
# %bb.0:
	r2 = *(u32 *)(r1 + 0)
	*(u32 *)(r10 - 8) = r2
	r1 = *(u32 *)(r1 + 8)
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -8
	r1 = rblog ll
	r3 = 8
	r4 = 0
	call 130
	r0 = 0
	exit
.Lfunc_end0:
	.size	tc_ringbuf_output, .Lfunc_end0-tc_ringbuf_output
                                        # -- End function
	.type	rblog,@object                   # @rblog
	.section	.maps,"aw",@progbits
	.globl	rblog
	.p2align	3, 0x0
rblog:
	.zero	16
	.size	rblog, 16

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym tc_ringbuf_output
	.addrsig_sym rblog
	.addrsig_sym _license
