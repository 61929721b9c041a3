# kernel: R2 !read_ok
# hint: not-initialised
.section socket
	r0 = r2
	exit
