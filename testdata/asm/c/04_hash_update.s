	.text
	.file	"04_hash_update.c"
	.section	"kprobe/sys_open","ax",@progbits
	.globl	on_open                         # -- Begin function on_open
	.p2align	3
	.type	on_open,@function
on_open:                                # @on_open
# %bb.0:
	call 14
	*(u64 *)(r10 - 8) = r0
	call 5
	r6 = r0
	*(u64 *)(r10 - 16) = r6
	r2 = r10
	r2 += -8
	r1 = seen ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	r1 = *(u64 *)(r0 + 0)
	r6 -= r1
	if r6 < 1000000 goto LBB0_3
LBB0_2:
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r1 = seen ll
	r4 = 0
	call 2
LBB0_3:
	w0 = 0
	exit
.Lfunc_end0:
	.size	on_open, .Lfunc_end0-on_open
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	seen,@object                    # @seen
	.section	.maps,"aw",@progbits
	.globl	seen
	.p2align	3, 0x0
seen:
	.zero	32
	.size	seen, 32

	.addrsig
	.addrsig_sym on_open
	.addrsig_sym _license
	.addrsig_sym seen
