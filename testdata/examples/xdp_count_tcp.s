# Counts TCP packets per destination port class and passes everything.
# bpflab run testdata/examples/xdp_count_tcp.s --packet @testdata/examples/tcp_syn.hex
	.map counts, array, key=4, value=8, entries=2
	.section xdp
	.globl count_tcp
count_tcp:
	r2 = *(u32 *)(r1 + 0)          # ctx->data
	r3 = *(u32 *)(r1 + 4)          # ctx->data_end
	r4 = r2
	r4 += 38                       # Ethernet 14 + IPv4 20 + 4 bytes of TCP ports
	if r4 > r3 goto pass
	r5 = *(u16 *)(r2 + 12)         # EtherType, network order
	if r5 != 0x8 goto pass         # 0x0800 read little-endian
	r5 = *(u8 *)(r2 + 23)          # IPv4 protocol
	if r5 != 6 goto pass           # TCP
	r5 = *(u16 *)(r2 + 36)         # TCP destination port
	r5 = be16 r5
	w6 = 0
	if r5 > 1023 goto bump         # key 0: well-known ports, key 1: the rest
	w6 = 1
bump:
	w6 ^= 1
	*(u32 *)(r10 - 4) = r6
	r2 = r10
	r2 += -4
	r1 = counts ll
	call bpf_map_lookup_elem
	if r0 == 0 goto pass
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
pass:
	r0 = 2                         # XDP_PASS
	exit
