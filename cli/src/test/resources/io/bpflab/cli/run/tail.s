# xdp tail-calls the program at jmp[1]; without it (no element) it falls through and returns 1.
.map jmp, prog_array, key=4, value=4, entries=2
.section xdp
	r2 = jmp ll
	r3 = 1
	call bpf_tail_call
	r0 = 1
	exit
.section "xdp/next"
	r0 = 3
	exit
