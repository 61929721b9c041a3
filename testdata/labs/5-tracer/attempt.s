# Lab 5, a first attempt: events of the idle task (pid 0) are skipped, but the record
# reserved for them is never given back. The verifier says:
#   Unreleased reference id=2 alloc_insn=4
.map events, ringbuf, key=0, value=0, entries=4096
.section kprobe/do_sys_openat2
	r6 = r1
	r1 = events ll
	r2 = 16
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto out
	r7 = r0
	call bpf_get_current_pid_tgid
	if r0 == 0 goto out
	*(u64 *)(r7 + 0) = r0
	r1 = *(u64 *)(r6 + 104)
	*(u64 *)(r7 + 8) = r1
	r1 = r7
	r2 = 0
	call bpf_ringbuf_submit
out:
	r0 = 0
	exit
