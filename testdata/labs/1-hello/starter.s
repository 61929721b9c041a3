# Lab 1: hello. Write an XDP program that prints "hello" with bpf_trace_printk and lets
# every packet pass (returns XDP_PASS, which is 2).
#
# Steps:
#  1. put the bytes of "hello\n" on the stack (r10 is the frame pointer; the stack is
#     the 512 bytes below it): a 64-bit store of 0x0a6f6c6c6568 to r10 - 8 does it;
#  2. call bpf_trace_printk with r1 = the address of the text and r2 = its size,
#     counting the terminating zero byte;
#  3. set r0 to the verdict and exit.
.section xdp
	r0 = 2
	exit
