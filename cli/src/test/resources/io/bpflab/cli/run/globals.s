# Global data as clang emits it: a relocation against .data, read and written through a map value.
	.section	xdp,"ax",@progbits
	r1 = counter ll
	r2 = *(u32 *)(r1 + 0)
	r2 += 1
	*(u32 *)(r1 + 0) = r2
	r0 = r2
	exit
	.data
	.p2align 2
counter:
	.long 41
