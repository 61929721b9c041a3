# Lab 2: count the packets each receive queue gets, in an array map of 4 counters.
#
# The key is ctx->rx_queue_index (a u32 at offset 16 of struct xdp_md), kept below 4.
# bpf_map_lookup_elem(map, &key) returns a pointer to the counter, or NULL; add 1 to the
# counter atomically (lock *(u64 *)(rX + 0) += rY) and return XDP_PASS (2).
.map pkts, array, key=4, value=8, entries=4
.section xdp
	r0 = 2
	exit
