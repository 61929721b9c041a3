# Call frame entries: .eh_frame and .debug_frame both, a 'simple' frame (sorted after the
# others, with its own CIE in .eh_frame), frames in two sections.
	.cfi_sections .eh_frame, .debug_frame
	.text
	.globl	a
a:
	.cfi_startproc simple
	r0 = 1
	exit
	.cfi_endproc
b:
	.cfi_startproc
	r0 = 2
	r0 += 3
	exit
	.cfi_endproc
	.section	tc,"ax",@progbits
c:
	.cfi_startproc
	exit
	.cfi_endproc
