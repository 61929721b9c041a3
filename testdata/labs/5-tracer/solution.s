# Lab 5: a tracer. On every call of do_sys_openat2 (a kprobe), send an event with the
# caller's pid/tgid and the file name pointer to user space through a ring buffer.
.map events, ringbuf, key=0, value=0, entries=4096
.section kprobe/do_sys_openat2
	r6 = r1                        # pt_regs: the traced function's registers
	r1 = events ll
	r2 = 16                        # the event: u64 pid_tgid, u64 filename
	r3 = 0
	call bpf_ringbuf_reserve       # r0 = the record, or NULL when the ring is full
	if r0 == 0 goto out
	r7 = r0
	call bpf_get_current_pid_tgid
	*(u64 *)(r7 + 0) = r0
	r1 = *(u64 *)(r6 + 104)        # pt_regs->si: the second argument, the file name
	*(u64 *)(r7 + 8) = r1
	r1 = r7
	r2 = 0
	call bpf_ringbuf_submit        # hands the record to user space
out:
	r0 = 0
	exit
