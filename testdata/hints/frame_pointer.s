# kernel: frame pointer is read only
# hint: frame-pointer
.section socket
	r10 = 0
	r0 = 0
	exit
