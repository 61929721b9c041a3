# A bpf-to-bpf call: next runs it whole, step goes in.
	r1 = 20
	call double
	r0 += 2
	exit
double:
	r0 = r1
	r0 *= 2
	exit
