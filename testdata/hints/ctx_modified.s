# kernel: dereference of modified ctx ptr R1 off=4 disallowed
# hint: modified-ctx
.section xdp
	r1 += 4
	r0 = *(u32 *)(r1 + 0)
	exit
