	w3 += w9
	w1 += -0x75e447e5
	w7 -= w5
	w9 -= -0xd
	w2 *= w0
	w3 *= 0x4ee82d21
	w5 /= w0
	w0 /= 0x342a0b97
	w8 s/= w4
	w5 s/= 0x38ec25b6
	w7 |= w6
	w3 |= 0x5543
	w4 &= w1
	w10 &= -0x3723fafd
	w10 <<= w2
	w9 <<= -0x6c8a37e3
	w10 >>= w10
	w7 >>= -0x1
	w1 %= w2
	w9 %= 0x51e05f7c
	w9 s%= w6
	w1 s%= 0x244726b5
	w1 ^= w8
	w7 ^= 0x3257522d
	w2 = w9
	w6 = -0x698ddef1
	w5 s>>= w7
	w10 s>>= -0xf
	w4 = -w4
	w8 = (s8)w3
	w9 = (s16)w3
	if w4 == w7 goto +0x0
	if w7 == 0x6fcdc6c4 goto +0x0
	if w6 > w9 goto +0x0
	if w8 > -0xf goto +0x0
	if w9 >= w8 goto +0x0
	if w4 >= 0xc goto +0x0
	if w5 & w9 goto +0x0
	if w5 & 0x5 goto +0x0
	if w10 != w1 goto +0x0
	if w8 != -0xd goto +0x0
	if w4 s> w5 goto +0x0
	if w10 s> -0x6dfb2fee goto +0x0
	if w3 s>= w9 goto +0x0
	if w3 s>= 0x36aaedab goto +0x0
	if w7 < w6 goto +0x0
	if w0 < -0x10271 goto +0x0
	if w1 <= w1 goto +0x0
	if w1 <= 0x1d1d9168 goto +0x0
	if w9 s< w3 goto +0x0
	if w5 s< 0xe goto +0x0
	if w6 s<= w0 goto +0x0
	if w1 s<= 0x7201 goto +0x0
	r7 += r8
	r0 += 0x2ff5a5cb
	r3 -= r2
	r5 -= 0x789c
	r5 *= r0
	r8 *= 0x7426f8ce
	r7 /= r6
	r10 /= 0xd
	r10 s/= r4
	r4 s/= 0x33298b6d
	r1 |= r6
	r7 |= -0xb72e5c0
	r0 &= r3
	r10 &= 0xf9a5
	r10 <<= r5
	r1 <<= -0x76d12f71
	r8 >>= r9
	r7 >>= 0x337f2b62
	r0 %= r10
	r6 %= -0x4783542c
	r8 s%= r5
	r2 s%= 0x974f
	r0 ^= r0
	r3 ^= -0xa76b
	r3 = r8
	r4 = -0x81c2
	r10 s>>= r2
	r6 s>>= 0xc
	r6 = -r6
	r8 = (s8)r1
	r3 = (s16)r1
	r4 = (s32)r4
	if r2 == r1 goto +0x0
	if r5 == 0xa78ec6e goto +0x0
	if r6 > r3 goto +0x0
	if r0 > -0x17d4787b goto +0x0
	if r9 >= r5 goto +0x0
	if r5 >= -0xb goto +0x0
	if r9 & r9 goto +0x0
	if r5 & -0x4facd8dd goto +0x0
	if r0 != r2 goto +0x0
	if r0 != 0x58901ca9 goto +0x0
	if r6 s> r9 goto +0x0
	if r0 s> 0x5 goto +0x0
	if r1 s>= r3 goto +0x0
	if r5 s>= 0x19a623bf goto +0x0
	if r1 < r8 goto +0x0
	if r7 < 0x69cb3507 goto +0x0
	if r1 <= r2 goto +0x0
	if r7 <= 0x5 goto +0x0
	if r0 s< r8 goto +0x0
	if r10 s< -0x3ddde59f goto +0x0
	if r3 s<= r0 goto +0x0
	if r2 s<= 0xd goto +0x0
	r1 = addr_space_cast(r4, 0x1, 0x0)
	r4 = addr_space_cast(r4, 0x0, 0x1)
	r1 = le16 r1
	r3 = le32 r3
	r4 = le64 r4
	r6 = be16 r6
	r8 = be32 r8
	r8 = be64 r8
	r5 = bswap16 r5
	r9 = bswap32 r9
	r2 = bswap64 r2
	w6 = *(u32 *)(r4 + 0x20a2)
	r0 = *(s32 *)(r7 - 0xd)
	r0 = *(u32 *)skb[0xb]
	.8byte 0x0000015b00004040 # r0 = *(u32 *)skb[r4 + 0x15b]
	*(u32 *)(r2 - 0x4057) = w6
	*(u32 *)(r8 - 0x2d) = -0x10659
	lock *(u32 *)(r8 - 0x29) += w5
	lock *(u32 *)(r8 - 0x70f0) |= w4
	lock *(u32 *)(r1 + 0x13) &= w5
	lock *(u32 *)(r4 - 0xabc) ^= w9
	w10 = atomic_fetch_add((u32 *)(r5 + 0x58ed), w10)
	w2 = atomic_fetch_or((u32 *)(r6 - 0x3cd4), w2)
	w10 = atomic_fetch_and((u32 *)(r4 + 0x29d5), w10)
	w3 = atomic_fetch_xor((u32 *)(r5 + 0x3b), w3)
	w8 = xchg32_32(r7 + 0x1c, w8)
	w0 = cmpxchg32_32(r6 - 0x17ca, w0, w1)
	w4 = load_acquire((u32 *)(r5 + 0x2f))
	store_release((u32 *)(r2 - 0x1b), w5)
	w1 = *(u16 *)(r1 + 0x5d72)
	r7 = *(s16 *)(r0 - 0x40)
	r0 = *(u16 *)skb[0x3a87432]
	.8byte 0x4b814fbc00003048 # r0 = *(u16 *)skb[r3 + 0x4b814fbc]
	*(u16 *)(r2 - 0x8) = w9
	*(u16 *)(r6 - 0x3b) = 0x2381e566
	w2 = load_acquire((u16 *)(r1 - 0x30))
	store_release((u16 *)(r4 - 0x9), w5)
	w5 = *(u8 *)(r3 + 0x7d27)
	r4 = *(s8 *)(r1 + 0x42bf)
	r0 = *(u8 *)skb[-0xd]
	.8byte 0xffff992b00008050 # r0 = *(u8 *)skb[r8 + -0x66d5]
	*(u8 *)(r1 + 0x1719) = w0
	*(u8 *)(r6 - 0x24c1) = -0x1
	w1 = load_acquire((u8 *)(r1 + 0x43b5))
	store_release((u8 *)(r8 + 0x22), w1)
	r3 = *(u64 *)(r1 - 0x48da)
	*(u64 *)(r5 + 0x29) = r6
	*(u64 *)(r2 - 0x5879) = -0x218ac0cc
	lock *(u64 *)(r1 - 0xe45) += r1
	lock *(u64 *)(r6 + 0x35) |= r2
	lock *(u64 *)(r6 + 0x44df) &= r10
	lock *(u64 *)(r7 - 0x26) ^= r10
	r3 = atomic_fetch_add((u64 *)(r3 - 0x3c16), r3)
	r7 = atomic_fetch_or((u64 *)(r3 + 0x26f4), r7)
	r0 = atomic_fetch_and((u64 *)(r1 - 0x2e), r0)
	r0 = atomic_fetch_xor((u64 *)(r7 + 0x1d), r0)
	r2 = xchg_64(r2 + 0x49c7, r2)
	r0 = cmpxchg_64(r10 - 0x6a23, r0, r10)
	r8 = load_acquire((u64 *)(r3 - 0xf))
	store_release((u64 *)(r4 - 0x23b6), r4)
	r7 = -0x554487a9b9f835c3 ll
	.8byte 0x1deae4a000001018, 0x951b855a00000000 # r0 = map_fd[501933216] + 2501608794 ll
	.8byte 0xee2e976c00002718, 0xcb20ca2000000000 # r7 = map_value[3996030828] + 3407923744 ll
	.8byte 0xe2ef813500003718, 0xfc2bd0e500000000 # r7 = btf_id[3807346997] + 4230729957 ll
	ld_pseudo	r8, 0x4, 0x1
	.8byte 0x0cfa0a5300005018, 0x42b6753c00000000 # r0 = map_idx[217713235] + 1119253820 ll
	.8byte 0xd3f570fe00006418, 0xb22ba75b00000000 # r4 = map_idx_value[3556077822] + 2989205339 ll
	goto +0x0
	gotol +0x0
	may_goto +0x0
	call 0x71
	call subprog_186
subprog_186:
	.8byte 0x0000855c00002085 # call kfunc#34140
	callx r6
	exit
	exit
