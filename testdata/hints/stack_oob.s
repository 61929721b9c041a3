# kernel: invalid write to stack R10 off=-520 size=8
# hint: stack-bounds
.section socket
	*(u64 *)(r10 - 520) = 0
	r0 = 0
	exit
