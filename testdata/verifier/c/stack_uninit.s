	.text
	.file	"stack_uninit.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	stack_uninit                    # -- Begin function stack_uninit
	.p2align	3
	.type	stack_uninit,@function
stack_uninit:                           # @stack_uninit
# %bb.0:
	r1 = *(u64 *)(r1 + 112)
	if r1 == 0 goto LBB0_2
# %bb.1:
	*(u64 *)(r10 - 8) = r1
LBB0_2:
	r2 = r10
	r2 += -8
	r1 = m ll
	call 1
	r1 = r0
	r0 = 1
	if r1 != 0 goto LBB0_4
# %bb.3:
	r0 = 0
LBB0_4:
	exit
.Lfunc_end0:
	.size	stack_uninit, .Lfunc_end0-stack_uninit
                                        # -- End function
	.type	m,@object                       # @m
	.section	.maps,"aw",@progbits
	.globl	m
	.p2align	3, 0x0
m:
	.zero	32
	.size	m, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym stack_uninit
	.addrsig_sym m
	.addrsig_sym _license
