# kernel: invalid unbounded variable-offset read from stack R3
# hint: stack-var-offset
.section socket
	r2 = *(u32 *)(r1 + 0)
	r3 = r10
	r3 += r2
	r0 = *(u8 *)(r3 - 8)
	exit
