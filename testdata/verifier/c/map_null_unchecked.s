	.text
	.file	"map_null_unchecked.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	map_null_unchecked              # -- Begin function map_null_unchecked
	.p2align	3
	.type	map_null_unchecked,@function
map_null_unchecked:                     # @map_null_unchecked
# %bb.0:
	r1 = *(u64 *)(r1 + 112)
	r1 &= 15
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	r1 = counters ll
	call 1
	r1 = *(u64 *)(r0 + 0)
	r1 += 1
	*(u64 *)(r0 + 0) = r1
	r0 = 0
	exit
.Lfunc_end0:
	.size	map_null_unchecked, .Lfunc_end0-map_null_unchecked
                                        # -- End function
	.type	counters,@object                # @counters
	.section	.maps,"aw",@progbits
	.globl	counters
	.p2align	3, 0x0
counters:
	.zero	32
	.size	counters, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym map_null_unchecked
	.addrsig_sym counters
	.addrsig_sym _license
