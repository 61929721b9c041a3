# kernel: R2 min value is negative, either use unsigned or 'var &= const'
# hint: negative-index
.section kprobe/sys_open
	r2 = *(u64 *)(r1 + 112)
	r1 = r10
	r1 += -16
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
