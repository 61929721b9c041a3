# Lab 2, a first attempt: the counter is incremented without checking that the lookup
# found it. The verifier says:
#   R0 invalid mem access 'map_value_or_null'
.map pkts, array, key=4, value=8, entries=4
.section xdp
	r2 = *(u32 *)(r1 + 16)
	r2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = r10
	r2 += -4
	r1 = pkts ll
	call bpf_map_lookup_elem
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
	r0 = 2
	exit
