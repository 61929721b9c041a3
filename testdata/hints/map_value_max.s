# kernel: invalid access to map value, value_size=16 off=15 size=8
# kernel: R0 max value is outside of the allowed memory range
# hint: max-outside
.map m, array, key=4, value=16, entries=1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = m ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = *(u32 *)(r0 + 0)
	r1 &= 15
	r0 += r1
	r0 = *(u64 *)(r0 + 0)
out:
	r0 = 0
	exit
