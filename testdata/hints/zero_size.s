# kernel: R2 invalid zero-sized read: u64=[0,15]
# hint: zero-size
.section kprobe/sys_open
	r6 = *(u64 *)(r1 + 112)
	r6 &= 15
	r1 = r10
	r1 += -16
	r2 = r6
	call bpf_get_current_comm
	r0 = 0
	exit
