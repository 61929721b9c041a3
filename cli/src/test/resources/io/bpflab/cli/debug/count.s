.map counts, array, key=4, value=8, entries=2
.section xdp
	*(u32 *)(r10 - 4) = 1
	r2 = r10
	r2 += -4
	r1 = counts ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = 5
	lock *(u64 *)(r0 + 0) += r1
out:
	r0 = 2
	exit
