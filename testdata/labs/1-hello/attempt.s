# Lab 1, a first attempt: the text is stored at r10 - 8, but r1 is r10 itself, so the
# helper would read 7 bytes above the stack. The verifier says:
#   invalid read from stack R1 off=0 size=7
.section xdp
	r1 = 0x0a6f6c6c6568 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r2 = 7
	call bpf_trace_printk
	r0 = 2
	exit
