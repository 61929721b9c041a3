# Hand-written: section defaults by name, padding, label arithmetic, forward references.
	.section socket
	r1 = .Lfwd ll
	r2 = tbl - 8 ll
	if r1 == r2 goto .Lfwd
	.8byte 0x0000000000000095
	.byte 1
	.p2align 3
.Lfwd:
	r0 = 0
	exit
	.section xdp
	.globl xdp_prog
xdp_prog:
	r0 = 2
	exit
	.section kprobe/sys_open
	r0 = 3
	exit
	.section .text.sub
	r0 = 4
	exit
	.section .rodata
tbl:
	.quad .Lend - .Lstart, 0x1122334455667788
.Lstart:
	.long 1, 2, 3
.Lend:
	.short -1, 65535
	.byte 255, -1
	.section .data.rel.ro
	.quad tbl + 16, .Lfwd
	.section .bss.extra
	.zero 5
	.type later,@object
	.globl later
	.data
later:
	.long later
	.size later, .-later
	.ident	"clang version 19.1.7"
	.ident	"second"
	.pushsection .rodata.pushed,"a",@progbits
	.byte 1
	.section .data.other,"aw",@progbits
	.byte 2
	.previous
	.byte 3
	.popsection
	.byte 4
