# Lab 5: a kprobe-style tracer. For every call of do_sys_openat2(dfd, filename, how),
# reserve 16 bytes in the ring buffer events (bpf_ringbuf_reserve(map, size, 0)), fill
# them with bpf_get_current_pid_tgid() and the filename argument (pt_regs->si, offset
# 104 of the context on x86-64), and submit them (bpf_ringbuf_submit(record, 0)).
# A reserved record must be submitted or discarded on every path.
.map events, ringbuf, key=0, value=0, entries=4096
.section kprobe/do_sys_openat2
	r0 = 0
	exit
