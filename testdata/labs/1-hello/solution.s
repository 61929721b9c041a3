# Lab 1: hello. An XDP program that says hello through bpf_trace_printk and lets
# every packet pass.
.section xdp
	# "hello\n" as bytes h e l l o \n, read as a little-endian number, stored on the stack
	r1 = 0x0a6f6c6c6568 ll
	*(u64 *)(r10 - 8) = r1
	# bpf_trace_printk(fmt, size): fmt points at the stack copy, size counts the final NUL
	r1 = r10
	r1 += -8
	r2 = 7
	call bpf_trace_printk
	r0 = 2                         # XDP_PASS
	exit
