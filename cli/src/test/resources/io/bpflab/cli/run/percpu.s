# A per-CPU counter: each run adds 1 on the CPU it runs on.
	.map pc, percpu_array, key=4, value=8, entries=1
	.section xdp
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = pc ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
out:
	r0 = 2
	exit
