	.text
	.file	"map_value_bounds.c"
	.section	tc,"ax",@progbits
	.globl	map_value_bounds                # -- Begin function map_value_bounds
	.p2align	3
	.type	map_value_bounds,@function
map_value_bounds:                       # @map_value_bounds
# %bb.0:
	r2 = 0
	*(u32 *)(r10 - 4) = r2
	r6 = *(u32 *)(r1 + 0)
	r2 = r10
	r2 += -4
	r1 = hist ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	r6 >>= 3
	r6 &= 120
	r0 += r6
	r1 = *(u64 *)(r0 + 0)
	r1 += 1
	*(u64 *)(r0 + 0) = r1
LBB0_2:
	r0 = 0
	exit
.Lfunc_end0:
	.size	map_value_bounds, .Lfunc_end0-map_value_bounds
                                        # -- End function
	.type	hist,@object                    # @hist
	.section	.maps,"aw",@progbits
	.globl	hist
	.p2align	3, 0x0
hist:
	.zero	32
	.size	hist, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym map_value_bounds
	.addrsig_sym hist
	.addrsig_sym _license
