	r11 = 1
	r0 = w1
	r1 = *(u32 *)(r10 + 40000)
	r1 = *(u24 *)(r10 - 8)
	if r1 > r2 goto nowhere
	goto +3
	call bpf_map_lookup_elm
	call bpf_nothing_like_this
	call bpf_map_lookup_elem#2
	r0 = 0x10000000000000000
	goto +40000
	r0 = 1 +
	*(u64 *)(r10 - 8) = 1 / 0
	frobnicate r1
	.frob 1
	w1 = (s32)w2
	lock *(u16 *)(r1 + 0) += w2
	r0 = 1 ; r1 =
L1:
L1:
	r0 = -r1
	.byte 300
	.map m, hush, key=4, value=8, entries=1
	.map n, hash, key=4, entries=1
	r1 = 0x123 ll ; w2 = 1 ll
	r0 = *(u64 *)skb[0]
	exit
