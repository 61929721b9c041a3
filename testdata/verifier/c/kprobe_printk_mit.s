	.text
	.file	"kprobe_printk_mit.c"
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	kprobe_printk_mit               # -- Begin function kprobe_printk_mit
	.p2align	3
	.type	kprobe_printk_mit,@function
kprobe_printk_mit:                      # @kprobe_printk_mit
# %bb.0:
	r1 = 10
	*(u16 *)(r10 - 4) = r1
	r1 = 1852141679
	*(u32 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 6
	call 6
	r0 = 0
	exit
.Lfunc_end0:
	.size	kprobe_printk_mit, .Lfunc_end0-kprobe_printk_mit
                                        # -- End function
	.type	.L__const.kprobe_printk_mit.fmt,@object # @__const.kprobe_printk_mit.fmt
	.section	.rodata.str1.1,"aMS",@progbits,1
.L__const.kprobe_printk_mit.fmt:
	.asciz	"open\n"
	.size	.L__const.kprobe_printk_mit.fmt, 6

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"MIT"
	.size	_license, 4

	.addrsig
	.addrsig_sym kprobe_printk_mit
	.addrsig_sym _license
