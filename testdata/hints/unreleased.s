# kernel: Unreleased reference id=2 alloc_insn=4
# kernel: BPF_EXIT instruction in main prog would lead to reference leak
# hint: unreleased
.map rb, ringbuf, key=0, value=0, entries=4096
.section kprobe/sys_open
	r1 = rb ll
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	r0 = 0
	exit
