.section socket
	r0 = 0
	r1 = 5
	r1 /= 1
	r2 = r10
	if r1 > 7 goto big
	r2 += -8
	*(u64 *)(r2 + 0) = r1
	r3 = 3
	r0 = *(u64 *)(r10 - 8)
	exit
big:
	r2 += -520
	r4 = 1
	*(u64 *)(r2 + 0) = r4
	exit
