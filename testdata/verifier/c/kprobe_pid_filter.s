	.text
	.file	"kprobe_pid_filter.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_pid_filter               # -- Begin function kprobe_pid_filter
	.p2align	3
	.type	kprobe_pid_filter,@function
kprobe_pid_filter:                      # @kprobe_pid_filter
# %bb.0:
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r1 = 1
	*(u32 *)(r10 - 8) = r1
	r2 = r10
	r2 += -4
	r1 = cfg ll
	call 1
	if r0 == 0 goto LBB0_4
# %bb.1:
	r6 = *(u64 *)(r0 + 0)
	call 14
	r0 >>= 32
	if r6 != r0 goto LBB0_4
# %bb.2:
	r2 = r10
	r2 += -8
	r1 = cfg ll
	call 1
	if r0 == 0 goto LBB0_4
# %bb.3:
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
LBB0_4:
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_pid_filter, .Lfunc_end0-kprobe_pid_filter
                                        # -- End function
	.type	cfg,@object                     # @cfg
	.section	.maps,"aw",@progbits
	.globl	cfg
	.p2align	3, 0x0
cfg:
	.zero	32
	.size	cfg, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_pid_filter
	.addrsig_sym cfg
	.addrsig_sym _license
