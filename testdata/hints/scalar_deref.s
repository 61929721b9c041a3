# kernel: R1 invalid mem access 'scalar'
# hint: scalar-deref
.section socket
	r1 = 100
	r0 = *(u64 *)(r1 + 0)
	exit
