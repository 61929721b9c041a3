# kernel: invalid size of register spill
# hint: spill-size
.section socket
	*(u32 *)(r10 - 8) = r10
	r0 = 0
	exit
