# Counts packets in an array map and lets them pass (XDP_PASS = 2): the example of the
# README's "Java API" section (CountPacketsTest).
	.section xdp
	.map counts, array, key=4, value=8, entries=1
count_packets:
	*(u32 *)(r10 - 4) = 0
	r1 = counts ll
	r2 = r10
	r2 += -4
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
out:
	r0 = 2
	exit
