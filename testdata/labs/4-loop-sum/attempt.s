# Lab 4, a first attempt: the loop trusts n. For n > 16 it would read past the value,
# and the verifier, walking iteration after iteration, finds the read of numbers[16]:
#   invalid access to map value, value_size=136 off=136 size=8
.map nums, array, key=4, value=136, entries=1
.section socket
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = nums ll
	call bpf_map_lookup_elem
	r6 = 0
	if r0 == 0 goto out
	r7 = *(u64 *)(r0 + 0)
	r8 = 0
	r9 = r0
	r9 += 8
loop:
	if r8 >= r7 goto out
	r1 = *(u64 *)(r9 + 0)
	r6 += r1
	r9 += 8
	r8 += 1
	goto loop
out:
	r0 = r6
	exit
