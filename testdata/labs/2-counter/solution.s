# Lab 2: count packets per receive queue in an array map.
.map pkts, array, key=4, value=8, entries=4
.section xdp
	r2 = *(u32 *)(r1 + 16)         # ctx->rx_queue_index
	r2 &= 3                        # the map has 4 entries
	*(u32 *)(r10 - 4) = w2         # the key, on the stack
	r2 = r10
	r2 += -4
	r1 = pkts ll
	call bpf_map_lookup_elem       # r0 = &pkts[key], or NULL
	if r0 == 0 goto out            # the verifier insists: r0 may be NULL
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1    # atomic: other CPUs count too
out:
	r0 = 2                         # XDP_PASS
	exit
