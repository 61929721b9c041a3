# kernel: R0 !read_ok
# hint: not-initialised
.section socket
	r1 = 1
	exit
