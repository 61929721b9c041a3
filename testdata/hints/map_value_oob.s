# kernel: invalid access to map value, value_size=8 off=8 size=8
# kernel: R0 min value is outside of the allowed memory range
# hint: min-outside
.map m, array, key=4, value=8, entries=1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = m ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r0 = *(u64 *)(r0 + 8)
out:
	r0 = 0
	exit
