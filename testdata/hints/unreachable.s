# kernel: unreachable insn 2
# hint: unreachable
.section socket
	r0 = 0
	exit
	r0 = 1
	exit
