# kernel: combined stack size of 2 calls is 608. Too large
# hint: combined-stack
.section socket
	*(u64 *)(r10 - 304) = 0
	call f
	r0 = 0
	exit
f:
	*(u64 *)(r10 - 304) = 0
	r0 = 0
	exit
