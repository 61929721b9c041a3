# kernel: misaligned stack access off 0+0+-12 size 8
# hint: stack-misaligned
.section socket
	*(u64 *)(r10 - 12) = 0
	r0 = 0
	exit
