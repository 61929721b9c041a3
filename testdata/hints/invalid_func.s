# kernel: invalid func unknown#999
# hint: unknown-helper
.section socket
	call 999
	r0 = 0
	exit
