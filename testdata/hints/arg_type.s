# kernel: R1 type=scalar expected=map_ptr
# hint: arg-type
.section socket
.map m, array, key=4, value=8, entries=1
	r1 = 0
	r2 = r10
	r2 += -4
	*(u32 *)(r10 - 4) = 0
	call bpf_map_lookup_elem
	r0 = 0
	exit
