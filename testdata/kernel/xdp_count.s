# Counts packets in an array map and lets them pass (r0 = 2, XDP_PASS). Run in the kernel
# with --repeat 10 over any packet of at least 14 bytes (an Ethernet header), the map holds
# 10 afterwards (kernel/src/test/.../AssembledProgramKernelTest).
	.section xdp
	.map counts, array, key=4, value=8, entries=1
	.globl count_packets
count_packets:
	*(u32 *)(r10 - 4) = 0
	r1 = counts ll
	r2 = r10
	r2 += -4
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
out:
	r0 = 2
	exit
