# kernel: invalid zero-sized read
# hint: zero-size
.map rb, ringbuf, key=0, value=0, entries=4096
.section socket
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = rb ll
	call bpf_map_lookup_elem
	r0 = 0
	exit
