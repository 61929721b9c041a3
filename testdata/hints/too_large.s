# kernel: BPF program is too large. Processed 1000001 insn
# hint: too-large
.section socket
	r0 = 0
	r1 = 0
l:
	r1 += 1
	if r1 < 2000000 goto l
	exit
