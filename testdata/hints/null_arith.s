# kernel: R0 pointer arithmetic on map_value_or_null prohibited, null-check it first
# hint: null-arith
.map m, hash, key=4, value=8, entries=1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = m ll
	call bpf_map_lookup_elem
	r0 += 4
	r0 = 0
	exit
