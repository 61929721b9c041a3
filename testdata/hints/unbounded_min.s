# kernel: math between map_value pointer and register with unbounded min value is not allowed
# hint: unbounded-min
.map m, array, key=4, value=64, entries=1
	r6 = r1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = m ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = *(u64 *)(r0 + 0)
	r0 += r1
	r0 = *(u8 *)(r0 + 0)
out:
	r0 = 0
	exit
