	.text
	.file	"kprobe_perf.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_perf                     # -- Begin function kprobe_perf
	.p2align	3
	.type	kprobe_perf,@function
kprobe_perf:                            # @kprobe_perf
# %bb.0:
	r6 = r1
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r1 = *(u64 *)(r6 + 104)
	*(u64 *)(r10 - 16) = r1
	call 14
	*(u32 *)(r10 - 8) = r0
	r4 = r10
	r4 += -16
	r1 = r6
	r2 = perf ll
	r3 = 4294967295 ll
	r5 = 16
	call 25
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_perf, .Lfunc_end0-kprobe_perf
                                        # -- End function
	.type	perf,@object                    # @perf
	.section	.maps,"aw",@progbits
	.globl	perf
	.p2align	3, 0x0
perf:
	.zero	32
	.size	perf, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_perf
	.addrsig_sym perf
	.addrsig_sym _license
