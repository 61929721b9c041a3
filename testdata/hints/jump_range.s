# kernel: jump out of range from insn 1 to 7
# hint: jump-range
.section socket
	r0 = 0
	if r0 == 0 goto +5
	exit
