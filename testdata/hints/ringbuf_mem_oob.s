# kernel: invalid access to memory, mem_size=8 off=8 size=8
# kernel: R0 min value is outside of the allowed memory range
# hint: min-outside
.map rb, ringbuf, key=0, value=0, entries=4096
.section kprobe/sys_open
	r1 = rb ll
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto out
	*(u64 *)(r0 + 8) = 0
	r1 = r0
	r2 = 0
	call bpf_ringbuf_submit
out:
	r0 = 0
	exit
