	.text
	.file	"kprobe_latency.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_enter                    # -- Begin function kprobe_enter
	.p2align	3
	.type	kprobe_enter,@function
kprobe_enter:                           # @kprobe_enter
# %bb.0:
	call 14
	*(u32 *)(r10 - 4) = r0
	call 5
	*(u64 *)(r10 - 16) = r0
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r1 = start ll
	r4 = 0
	call 2
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_enter, .Lfunc_end0-kprobe_enter
                                        # -- End function
	.section	"kretprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_exit                     # -- Begin function kprobe_exit
	.p2align	3
	.type	kprobe_exit,@function
kprobe_exit:                            # @kprobe_exit
# %bb.0:
	call 14
	*(u32 *)(r10 - 4) = r0
	r2 = r10
	r2 += -4
	r1 = start ll
	call 1
	r7 = r0
	if r7 == 0 goto LBB1_7
# %bb.1:
	call 5
	r6 = r0
	r7 = *(u64 *)(r7 + 0)
	r2 = r10
	r2 += -4
	r1 = start ll
	call 3
	r6 -= r7
	r1 = 0
	r2 = 2
	if r2 > r6 goto LBB1_5
# %bb.2:
	r4 = 0
	r2 = 4
	r3 = 30
LBB1_3:                                 # =>This Inner Loop Header: Depth=1
	r1 += 1
	if r2 > r6 goto LBB1_5
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	r6 >>= 1
	r4 <<= 32
	r5 = r4
	r5 >>= 32
	r4 = r1
	if r3 > r5 goto LBB1_3
LBB1_5:
	*(u32 *)(r10 - 8) = r1
	r2 = r10
	r2 += -8
	r1 = log2_hist ll
	call 1
	if r0 == 0 goto LBB1_7
# %bb.6:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB1_7:
	r0 = 0
	exit
.Lfunc_end1:
	.size	kprobe_exit, .Lfunc_end1-kprobe_exit
                                        # -- End function
	.type	start,@object                   # @start
	.section	.maps,"aw",@progbits
	.globl	start
	.p2align	3, 0x0
start:
	.zero	32
	.size	start, 32

	.type	log2_hist,@object               # @log2_hist
	.globl	log2_hist
	.p2align	3, 0x0
log2_hist:
	.zero	32
	.size	log2_hist, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_enter
	.addrsig_sym kprobe_exit
	.addrsig_sym start
	.addrsig_sym log2_hist
	.addrsig_sym _license
