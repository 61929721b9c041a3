# Lab 4: sum the first n numbers stored in a map value, n at most 16.
# The value: u64 n, then u64 numbers[16].
.map nums, array, key=4, value=136, entries=1
.section socket
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = nums ll
	call bpf_map_lookup_elem
	r6 = 0                         # the sum
	if r0 == 0 goto out
	r7 = *(u64 *)(r0 + 0)          # n, as user space wrote it: anything
	if r7 <= 16 goto counted
	r7 = 16                        # the bound the verifier needs to see
counted:
	r8 = 0                         # i
	r9 = r0
	r9 += 8                        # &numbers[0]
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
