	w3 += w9
	w1 += -1977894885
	w7 -= w5
	w9 -= -13
	w2 *= w0
	w3 *= 1323838753
	w5 /= w0
	w0 /= 875170711
	w8 s/= w4
	w5 s/= 955000246
	w7 |= w6
	w3 |= 21827
	w4 &= w1
	w10 &= -925104893
	w10 <<= w2
	w9 <<= -1820997603
	w10 >>= w10
	w7 >>= -1
	w1 %= w2
	w9 %= 1373659004
	w9 s%= w6
	w1 s%= 608642741
	w1 ^= w8
	w7 ^= 844583469
	w2 = w9
	w6 = -1770905329
	w5 s>>= w7
	w10 s>>= -15
	w4 = -w4
	w8 = (s8)w3
	w9 = (s16)w3
	if w4 == w7 goto +0
	if w7 == 1875756740 goto +0
	if w6 > w9 goto +0
	if w8 > -15 goto +0
	if w9 >= w8 goto +0
	if w4 >= 12 goto +0
	if w5 & w9 goto +0
	if w5 & 5 goto +0
	if w10 != w1 goto +0
	if w8 != -13 goto +0
	if w4 s> w5 goto +0
	if w10 s> -1845178350 goto +0
	if w3 s>= w9 goto +0
	if w3 s>= 917171627 goto +0
	if w7 < w6 goto +0
	if w0 < -66161 goto +0
	if w1 <= w1 goto +0
	if w1 <= 488477032 goto +0
	if w9 s< w3 goto +0
	if w5 s< 14 goto +0
	if w6 s<= w0 goto +0
	if w1 s<= 29185 goto +0
	r7 += r8
	r0 += 804627915
	r3 -= r2
	r5 -= 30876
	r5 *= r0
	r8 *= 1948711118
	r7 /= r6
	r10 /= 13
	r10 s/= r4
	r4 s/= 858360685
	r1 |= r6
	r7 |= -192079296
	r0 &= r3
	r10 &= 63909
	r10 <<= r5
	r1 <<= -1993420657
	r8 >>= r9
	r7 >>= 863972194
	r0 %= r10
	r6 %= -1199789100
	r8 s%= r5
	r2 s%= 38735
	r0 ^= r0
	r3 ^= -42859
	r3 = r8
	r4 = -33218
	r10 s>>= r2
	r6 s>>= 12
	r6 = -r6
	r8 = (s8)r1
	r3 = (s16)r1
	r4 = (s32)r4
	if r2 == r1 goto +0
	if r5 == 175697006 goto +0
	if r6 > r3 goto +0
	if r0 > -399800443 goto +0
	if r9 >= r5 goto +0
	if r5 >= -11 goto +0
	if r9 & r9 goto +0
	if r5 & -1336727773 goto +0
	if r0 != r2 goto +0
	if r0 != 1485839529 goto +0
	if r6 s> r9 goto +0
	if r0 s> 5 goto +0
	if r1 s>= r3 goto +0
	if r5 s>= 430318527 goto +0
	if r1 < r8 goto +0
	if r7 < 1774925063 goto +0
	if r1 <= r2 goto +0
	if r7 <= 5 goto +0
	if r0 s< r8 goto +0
	if r10 s< -1037952415 goto +0
	if r3 s<= r0 goto +0
	if r2 s<= 13 goto +0
	r1 = addr_space_cast(r4, 1, 0)
	r4 = addr_space_cast(r4, 0, 1)
	r1 = le16 r1
	r3 = le32 r3
	r4 = le64 r4
	r6 = be16 r6
	r8 = be32 r8
	r8 = be64 r8
	r5 = bswap16 r5
	r9 = bswap32 r9
	r2 = bswap64 r2
	w6 = *(u32 *)(r4 + 8354)
	r0 = *(s32 *)(r7 - 13)
	r0 = *(u32 *)skb[11]
	.8byte 0x0000015b00004040 # r0 = *(u32 *)skb[r4 + 347]
	*(u32 *)(r2 - 16471) = w6
	*(u32 *)(r8 - 45) = -67161
	lock *(u32 *)(r8 - 41) += w5
	lock *(u32 *)(r8 - 28912) |= w4
	lock *(u32 *)(r1 + 19) &= w5
	lock *(u32 *)(r4 - 2748) ^= w9
	w10 = atomic_fetch_add((u32 *)(r5 + 22765), w10)
	w2 = atomic_fetch_or((u32 *)(r6 - 15572), w2)
	w10 = atomic_fetch_and((u32 *)(r4 + 10709), w10)
	w3 = atomic_fetch_xor((u32 *)(r5 + 59), w3)
	w8 = xchg32_32(r7 + 28, w8)
	w0 = cmpxchg32_32(r6 - 6090, w0, w1)
	.8byte 0x00000100002f54c3 # w4 = load_acquire((u32 *)(r5 + 47))
	.8byte 0x00000110ffe552c3 # store_release((u32 *)(r2 - 27), w5)
	w1 = *(u16 *)(r1 + 23922)
	r7 = *(s16 *)(r0 - 64)
	r0 = *(u16 *)skb[61371442]
	.8byte 0x4b814fbc00003048 # r0 = *(u16 *)skb[r3 + 1266765756]
	*(u16 *)(r2 - 8) = w9
	*(u16 *)(r6 - 59) = 595715430
	.8byte 0x00000100ffd012cb # w2 = load_acquire((u16 *)(r1 - 48))
	.8byte 0x00000110fff754cb # store_release((u16 *)(r4 - 9), w5)
	w5 = *(u8 *)(r3 + 32039)
	r4 = *(s8 *)(r1 + 17087)
	r0 = *(u8 *)skb[-13]
	.8byte 0xffff992b00008050 # r0 = *(u8 *)skb[r8 + -26325]
	*(u8 *)(r1 + 5913) = w0
	*(u8 *)(r6 - 9409) = -1
	.8byte 0x0000010043b511d3 # w1 = load_acquire((u8 *)(r1 + 17333))
	.8byte 0x00000110002218d3 # store_release((u8 *)(r8 + 34), w1)
	r3 = *(u64 *)(r1 - 18650)
	*(u64 *)(r5 + 41) = r6
	*(u64 *)(r2 - 22649) = -562741452
	lock *(u64 *)(r1 - 3653) += r1
	lock *(u64 *)(r6 + 53) |= r2
	lock *(u64 *)(r6 + 17631) &= r10
	lock *(u64 *)(r7 - 38) ^= r10
	r3 = atomic_fetch_add((u64 *)(r3 - 15382), r3)
	r7 = atomic_fetch_or((u64 *)(r3 + 9972), r7)
	r0 = atomic_fetch_and((u64 *)(r1 - 46), r0)
	r0 = atomic_fetch_xor((u64 *)(r7 + 29), r0)
	r2 = xchg_64(r2 + 18887, r2)
	r0 = cmpxchg_64(r10 - 27171, r0, r10)
	.8byte 0x00000100fff138db # r8 = load_acquire((u64 *)(r3 - 15))
	.8byte 0x00000110dc4a44db # store_release((u64 *)(r4 - 9142), r4)
	r7 = -6144184954679473603 ll
	.8byte 0x1deae4a000001018, 0x951b855a00000000 # r0 = map_fd[501933216] + 2501608794 ll
	.8byte 0xee2e976c00002718, 0xcb20ca2000000000 # r7 = map_value[3996030828] + 3407923744 ll
	.8byte 0xe2ef813500003718, 0xfc2bd0e500000000 # r7 = btf_id[3807346997] + 4230729957 ll
	ld_pseudo	r8, 4, 1
	.8byte 0x0cfa0a5300005018, 0x42b6753c00000000 # r0 = map_idx[217713235] + 1119253820 ll
	.8byte 0xd3f570fe00006418, 0xb22ba75b00000000 # r4 = map_idx_value[3556077822] + 2989205339 ll
	goto +0
	gotol +0
	may_goto +0
	call 113
	call subprog_186
subprog_186:
	.8byte 0x0000855c00002085 # call kfunc#34140
	callx r6
	exit
	exit
