# kernel: invalid shift 64
# hint: invalid-shift
.section socket
	r0 = 1
	r0 <<= 64
	exit
