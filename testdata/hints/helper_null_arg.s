# kernel: R3 type=map_value_or_null expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
# hint: arg-type
.map m, hash, key=4, value=8, entries=1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = m ll
	call bpf_map_lookup_elem
	r3 = r0
	r1 = m ll
	r2 = r10
	r2 += -4
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
