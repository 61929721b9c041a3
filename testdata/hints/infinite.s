# kernel: infinite loop detected at insn 1
# hint: infinite-loop
.section socket
	r0 = 0
l:
	r0 += 0
	goto l
