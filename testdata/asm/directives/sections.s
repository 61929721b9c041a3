# Hand-written: directives, symbols and relocations of every kind llvm-mc-19 handles.
	.file	"sections.c"
	.text
	.globl	main_prog
	.type	main_prog,@function
main_prog:
	r1 = local_data ll
	r2 = local_data + 12 ll
	r3 = global_data + 4 ll
	r4 = extern_var ll
	call helper_sub
	call far_sub
	call extern_func
	r0 = 0; r1 = 1 // two statements, a C++ comment
	/* a block comment */ r2 = 2
	.8byte 0x0000000100000bb7
	.byte 0x95, 0, 0, 0
	.short 0
	.2byte 0
	exit
helper_sub:
	r0 = 7
	exit
.Lmain_end:
	.size	main_prog, .Lmain_end-main_prog

	.section	"kprobe/do_sys_open","ax",@progbits
	.globl	probe
	.p2align	3
	.type	probe,@function
probe:
	call far_sub
	r0 = *(u32 *)(r1 + 8)
	goto .Lout
	r0 = 1
.Lout:
	exit

	.section	.text.far,"ax",@progbits
	.p2align	3
	nop_pad:
	r0 = 0
	r0 = 0
far_sub:
	r0 = 3
	exit

	.data
	.p2align	3
local_data:
	.quad	1, 2, 3
	.long	local_data
	.long	global_data + 8
	.quad	extern_var
	.quad	helper_sub
	.globl	global_data
global_data:
	.ascii	"ab\n\t\x41\101"
	.asciz	"zero"
	.string	"str"
	.zero	3
	.space	2, 0xff
	.balign	8
	.weak	weak_thing
weak_thing:
	.long	-1
	.hidden	hidden_thing
	.globl	hidden_thing
hidden_thing:
	.byte	'x', 0x7f, -128
	.size	global_data, 8
	.type	global_data,@object

	.section	.rodata.str1.1,"aMS",@progbits,1
.Lstr:
	.asciz	"merged"

	.bss
	.globl	bss_var
	.p2align	2
bss_var:
	.zero	16
	.local	lc
	.comm	lc,8,8
	.comm	gc,12,4

	.section	.maps,"aw",@progbits
	.globl	m
m:
	.zero	32
	.size	m, 32

	.section	license,"aw",@progbits
	.asciz	"GPL"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym main_prog
	.addrsig_sym m
