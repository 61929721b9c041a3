# A store into .rodata: read-only for the program, as libbpf maps it.
	.section	xdp,"ax",@progbits
	r1 = limit ll
	r0 = *(u32 *)(r1 + 0)
	*(u32 *)(r1 + 0) = r0
	exit
	.section	.rodata,"a",@progbits
	.p2align 2
limit:
	.long 7
