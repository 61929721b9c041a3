	.text
	.globl	entry
	.type	entry,@function
entry:
L0:
	r7 = *(u32 *)(r3 + 0x10)
	if w4 s> w8 goto +1
	if r0 < r8 goto -1
	if w9 s<= w8 goto +0
	if r1 <= 1 goto L13
	r6 = *(s8 *)(r2 + 4)
	r3 &= r4
	callx r9
	if w7 s>= w4 goto +1
	w3 /= 7 / -2
	lock *(u32 *)(r0 + 4) ^= w0
	r6 &= -2147483648
	r0 |= 0x7fffffff
	call f1
	w9 = atomic_fetch_and((u32 *)(r8 - 32768), w9)
	w9 = *(u32 *)(r6 + 0x10)
	r9 = *(s8 *)(r8 + 4)
	if r7 s< r5 goto +1
	if r7 s>= 010 goto L36
	*(u16 *)(r1 + 0) = 0x7fffffff
	r7 %= 1 == 1
	r1 ^= 1
	r2 = be32 r2
	call f0
	r3 = be16 r3
	w1 >>= 010
	w4 <<= -8 >> 1
	r0 = le32 r0
	ld_pseudo r9, 1, 7
	r1 = bswap16 r1
	r4 = (s16)r10
	if r1 != 0x7fffffff goto L39
	w8 |= 1
	r7 s/= r8
L1:
	r2 = *(u32 *)(r1 + 0)
	w4 = (s8)w1
	r2 = *(s16 *)(r10 - 32768)
	r0 = cmpxchg_64(r8 - 2 - 3, r0, r1)
	w5 = w1
	w5 >>= w3
	w5 &= w9
	w1 *= -2147483648
	r6 *= r2
	if w1 < 0 goto -1
	w5 = *(u16 *)(r0 - 2 - 3)
	lock *(u64 *)(r8 - 32768) |= r9
	if r10 == r7 goto +1
	r0 = *(u32 *)skb[r2]
	r10 = 1 == 1
	r0 = cmpxchg_64(r0 + 0, r0, r10)
	r1 = le16 r1
	w1 &= w10
	lock *(u32 *)(r1 + 0x10) |= w3
	if r3 s>= r10 goto L13
	r6 = atomic_fetch_and((u64 *)(r6 + 32767), r6)
	*(u32 *)(r3 - 8) = r7
	gotol L30
	if w8 >= w4 goto +0
	w9 %= w10
	if w8 s<= w9 goto +0
	r0 <<= r0
	r0 >>= 0xFFFF1234
	w8 |= w4
	r3 = *(u16 *)(r9 - 2 - 3)
	may_goto L37
	r2 = r3
	if r9 > r5 goto +3
	if r7 < -8 >> 1 goto +1
L2:
	r1 = *(u32 *)(r9 - 8)
	r10 = *(s32 *)(r7 + 32767)
	r9 -= 1 << 3
	w10 /= w9
	*(u32 *)(r4 + 0) = w1
	lock *(u32 *)(r8 - 32768) += w6
	if r6 s> r6 goto L0
	if r0 & r6 goto +3
	w4 = *(u32 *)(r5 - 2 - 3)
	if r8 s<= 0xffffffff goto +3
	r0 = *(u16 *)skb[0x7fffffff]
	w8 -= w3
	r2 = *(u16 *)(r0 + 32767)
	w2 = *(u8 *)(r10 + 32767)
	r5 s/= 0b101
	r0 s>>= r7
	*(u32 *)(r4 + 0) = r10
	gotol L2
	if w2 < 1 goto +1
	if w10 s>= 0xffffffff goto +3
	w6 >>= 7 / -2
	may_goto L6
	if r5 <= r2 goto +0
	call f2
	r3 = *(u32 *)(r3 + 32767)
	w6 %= w9
	*(u16 *)(r1 + 0x10) = w3
	r7 s>>= r9
	call 0x7fffffff
	lock *(u64 *)(r10 - 2 - 3) |= r3
	gotol L33
	if r8 < -1 goto +3
	if r7 & 0x7fffffff goto +0
	may_goto L8
L3:
	r9 s>>= r4
	if w9 s>= 6 & 3 == 2 goto -1
	*(u8 *)(r7 - 2 - 3) = r1
	r2 |= r2
	ld_pseudo r9, 2, 0
	w4 = xchg32_32(r10 + 0x10, w4)
	r7 = *(u8 *)(r8 - 32768)
	if r5 s> r7 goto +3
	r3 = bswap64 r3
	w8 /= 0 || 0
	r7 /= 2 + 3 & 1
	call f0
	r6 = atomic_fetch_add((u64 *)(r0 + 4), r6)
	if r1 & r7 goto +0
	w2 <<= 1 == 1
	r5 |= r3
	w2 s/= 1 == 1
	w6 = *(u32 *)(r2 + 4)
	r9 &= 0xffffffff
	gotol L36
	ld_pseudo r2, 5, 0x7fffffff
	lock *(u64 *)(r4 + 4) += r0
	if r6 > 0xFFFF1234 goto +0
	w6 = -w6
	r10 = atomic_fetch_xor((u64 *)(r9 + 32767), r10)
	if w3 >= 0 || 0 goto +3
	w8 s/= w4
	if r10 >= r1 goto +0
	w5 = (s16)w2
	goto L33
	*(u32 *)(r5 - 2 - 3) = 1 << 3
	if r4 s>= r2 goto +0
	r1 >>= r1
	if r6 s> r8 goto L20
L4:
	if r2 s> 0xFFFF1234 goto L23
	r7 s%= r7
	r4 = be16 r4
	r9 = be32 r9
	if r6 > r4 goto L21
	may_goto L29
	r0 = *(u32 *)skb[-1]
	w2 /= w8
	r5 = bswap32 r5
	*(u8 *)(r3 - 2 - 3) = w0
	r6 <<= 0x7fffffff
	*(u32 *)(r4 + 4) = r0
	*(u32 *)(r4 + 32767) = w3
	goto L28
	w5 <<= 1 + ~0
	r5 = -r5
	if r0 == r2 goto +1
	r6 *= 7 / -2
	r0 = *(u32 *)skb[r3]
	w10 s%= 6 & 3 == 2
	may_goto L36
	if w9 < w4 goto +3
	r6 = be16 r6
	r3 = *(s32 *)(r1 + 4)
	w0 = cmpxchg32_32(r0 + 32767, w0, w6)
	r7 = le16 r7
	r4 = *(s16 *)(r8 + 32767)
	r7 = le32 r7
	lock *(u32 *)(r8 + 0) |= w6
	if w0 == w7 goto +3
	call f1
	callx r8
	r6 = bswap64 r6
	if w1 s<= w3 goto +1
L5:
	r7 = bswap32 r7
	if w10 <= 4 - 1 goto +3
	goto L13
	w5 = atomic_fetch_xor((u32 *)(r9 - 2 - 3), w5)
	w1 = *(u16 *)(r8 + 4)
	if r4 > 7 / -2 goto L1
	if w1 s<= 'a' goto +1
	if w8 == 0xFFFF1234 goto +3
	r3 ^= r1
	r0 = *(u16 *)skb[r0]
	r2 = addr_space_cast(r8, 1, 0)
	w9 %= 'a'
	if r5 <= 6 & 3 == 2 goto -1
	w7 s%= w4
	w5 = 0 || 0
	r5 = 0xffffffff ll
	w6 ^= w8
	if w10 >= w4 goto +1
	r3 = bswap32 r3
	w10 = -2147483648
	*(u32 *)(r10 + 0) = w3
	r1 s%= 4 - 1
	r7 ^= 0 || 0
	if w9 s> -2147483648 goto +1
	if w8 >= w1 goto +3
	w4 |= w5
	r0 = *(u8 *)(r7 - 8)
	may_goto L4
	w0 s/= 1 + ~0
	if r0 s> r2 goto +0
	w5 *= w8
	r8 = atomic_fetch_or((u64 *)(r4 - 2 - 3), r8)
	r6 = *(s16 *)(r5 + 0x10)
	r5 &= 1 == 1
L6:
	if r10 & -8 >> 1 goto +3
	w5 *= w2
	w5 s/= w8
	if r5 >= 1 + ~0 goto +3
	call f0
	*(u8 *)(r7 + 0) = w9
	if w3 <= w4 goto +1
	r9 = 4 - 1
	lock *(u32 *)(r10 - 32768) &= w1
	r3 = bswap16 r3
	if w10 > w10 goto +3
	r3 = (s32)r3
	*(u8 *)(r3 - 8) = w5
	r4 = le64 r4
	w6 = *(u8 *)(r8 + 32767)
	goto L36
	callx r0
	if r4 != 010 goto +3
	r5 = -r5
	r9 >>= -8 >> 1
	if w2 s>= w10 goto -1
	r1 = le64 r1
	r5 -= r4
	if r2 s< r3 goto -1
	r0 = *(u16 *)skb[0]
	r6 = 0x1122334455667788 ll
	goto L19
	if r8 s> r6 goto L33
	r7 = 0xffffffff ll
	r5 = bswap64 r5
	if r6 < r5 goto +1
	r5 >>= r9
	if r9 s> r4 goto +1
	if w10 > 7 / -2 goto +0
L7:
	if r4 & r1 goto -1
	r1 = atomic_fetch_add((u64 *)(r7 + 32767), r1)
	r2 |= r8
	r8 = *(s32 *)(r7 + 4)
	*(u32 *)(r10 + 0) = r4
	r0 = bswap32 r0
	r3 s>>= r9
	r2 = -r2
	if w6 & w7 goto L3
	w7 += w8
	w5 = -w5
	if r5 s>= r4 goto +0
	r0 += r4
	w7 *= w0
	r1 ^= r10
	r5 >>= r8
	r8 = be64 r8
	ld_pseudo r1, 6, -1
	r1 = addr_space_cast(r7, 0, 1)
	r0 = *(u32 *)skb[r5]
	r1 = be16 r1
	call f2
	w10 &= w3
	r9 = (s32)r7
	if r0 <= 1 + ~0 goto +1
	r5 = be32 r5
	*(u16 *)(r10 - 32768) = 6 & 3 == 2
	if r2 != 4 - 1 goto +1
	if r9 <= r9 goto +3
	*(u64 *)(r5 - 2 - 3) = 010
	r0 = addr_space_cast(r6, 1, 0)
	w8 = (s8)w0
	if w5 s>= 1 + ~0 goto L0
	r7 = be32 r7
L8:
	w10 = *(u8 *)(r4 + 0x10)
	w9 s/= w9
	lock *(u64 *)(r10 - 8) += r1
	r8 = *(s32 *)(r6 + 4)
	r6 = atomic_fetch_or((u64 *)(r8 + 0), r6)
	if r7 == r10 goto +1
	r0 s%= r4
	lock *(u64 *)(r2 - 2 - 3) ^= r9
	if w10 >= w9 goto +0
	r2 s>>= 0xffffffff
	if r8 s<= r0 goto +3
	r8 %= r9
	r0 = (s8)r7
	r1 = be32 r1
	r6 = 1 << 40 ll
	goto L5
	ld_pseudo r5, 4, 0x7fffffff
	r7 = be64 r7
	r7 = bswap64 r7
	r8 += r10
	if w1 >= w8 goto -1
	w0 = *(u16 *)(r6 + 0x10)
	*(u32 *)(r6 - 2 - 3) = w1
	w1 += w7
	gotol L28
	r4 = *(u8 *)(r2 - 2 - 3)
	w8 ^= 1 + ~0
	w3 = 010
	w3 = (s16)w8
	w6 = (s8)w1
	if w10 < w9 goto +0
	goto L7
	w1 %= w6
	lock *(u32 *)(r0 - 8) &= w8
L9:
	call f3
	r2 = le16 r2
	w10 -= w3
	lock *(u64 *)(r6 - 2 - 3) ^= r3
	*(u64 *)(r6 + 4) = 1 + ~0
	*(u32 *)(r1 + 32767) = 6 & 3 == 2
	callx r1
	r3 = le64 r3
	if w6 s<= 1 == 1 goto L21
	w9 += w6
	r4 = *(u8 *)(r1 - 2 - 3)
	w9 >>= w6
	r7 = *(u64 *)(r5 - 32768)
	w6 ^= w7
	if r2 <= r9 goto +0
	r7 >>= r6
	gotol L3
	r9 |= r1
	r10 = r0
	*(u64 *)(r5 + 0x10) = r7
	if w7 != 2 + 3 & 1 goto +3
	r5 <<= 010
	call f0
	r0 = *(u32 *)skb[0]
	r4 <<= r2
	if w5 >= w5 goto +0
	call f0
	r4 |= 6 & 3 == 2
	r6 -= 0b101
	if r7 s> -8 >> 1 goto +3
	if w10 s<= -2147483648 goto +3
	w7 = *(u8 *)(r4 + 4)
	r1 = bswap64 r1
	if r7 s>= r5 goto +3
L10:
	if r8 <= r7 goto +0
	*(u32 *)(r5 + 32767) = r4
	lock *(u64 *)(r3 - 2 - 3) &= r9
	if r7 & 0xFFFF1234 goto -1
	if r8 & 0x7fffffff goto +0
	r4 %= r6
	if r5 >= r0 goto +1
	r2 = bswap16 r2
	w0 -= 2 + 3 & 1
	r3 = addr_space_cast(r8, 1, 0)
	r8 = (s16)r1
	call 5
	w8 &= w4
	may_goto L27
	goto L14
	if r0 s<= 1 && 2 goto L36
	r8 = *(u64 *)(r9 + 4)
	r0 = *(u32 *)skb[0x7fffffff]
	r9 >>= 0
	call f1
	if w6 >= 3 % 2 * 4 goto -1
	lock *(u64 *)(r2 - 8) += r2
	if r4 & r1 goto -1
	r9 += r9
	if r9 > r2 goto +3
	*(u16 *)(r5 + 4) = 010
	r7 = atomic_fetch_xor((u64 *)(r6 + 0), r7)
	call f3
	r3 = *(s16 *)(r7 - 2 - 3)
	r6 = 0 ll
	w9 = *(u32 *)(r3 + 4)
	if r1 s>= 0 goto +1
	if r0 != 7 / -2 goto +3
	r5 = r9
L11:
	*(u32 *)(r0 - 8) = w2
	w7 = (s16)w2
	r8 s%= r2
	w2 /= 3 % 2 * 4
	r3 s%= r1
	r6 s%= 0b101
	w10 -= 010
	r0 = *(u16 *)skb[r5]
	*(u8 *)(r6 - 8) = 1 == 1
	r0 = be64 r0
	gotol L11
	callx r10
	*(u8 *)(r8 + 0x10) = r3
	*(u16 *)(r2 + 4) = w4
	if w9 & w4 goto -1
	lock *(u32 *)(r1 + 0) += w7
	r3 = xchg_64(r7 - 8, r3)
	r1 >>= 1 + ~0
	r10 = atomic_fetch_add((u64 *)(r5 - 32768), r10)
	*(u32 *)(r1 + 0) = r4
	if r7 <= 1 && 2 goto +0
	r10 = bswap64 r10
	r5 ^= r3
	*(u32 *)(r7 + 32767) = r0
	w1 ^= 'a'
	r2 %= r1
	w8 %= 6 & 3 == 2
	r8 = *(u32 *)(r3 + 0x10)
	*(u32 *)(r2 - 8) = w2
	call f0
	r4 = bswap16 r4
	r8 = *(s8 *)(r0 - 32768)
	if w7 s< 0x7fffffff goto +0
	*(u16 *)(r6 + 0) = -2147483648
L12:
	*(u32 *)(r7 - 2 - 3) = 1 << 3
	r9 = le16 r9
	r4 *= 'a'
	w5 = atomic_fetch_add((u32 *)(r9 + 0), w5)
	w1 = 6 & 3 == 2
	w1 = *(u8 *)(r3 - 2 - 3)
	r1 = -1 ll
	*(u64 *)(r10 + 32767) = 6 & 3 == 2
	r9 <<= r5
	*(u16 *)(r4 - 8) = r6
	gotol L19
	*(u64 *)(r5 + 0x10) = 0xffffffff
	call f0
	r7 = *(u8 *)(r5 + 32767)
	w8 s>>= w10
	ld_pseudo r5, 3, 0x7fffffff
	w7 = 0x7fffffff
	w4 |= w3
	if r9 s>= 2 + 3 & 1 goto L15
	lock *(u32 *)(r7 + 32767) |= w7
	may_goto L22
	r5 = be16 r5
	may_goto L1
	r0 = *(u16 *)skb[r4]
	r4 = le32 r4
	if r7 != r6 goto +1
	if w9 > 1 == 1 goto +0
	if w9 >= 1 + ~0 goto +0
	w0 >>= w6
	*(u16 *)(r4 + 4) = 0b101
	w9 s%= 1
	r8 ^= 1 == 1
	w5 += w9
	w2 <<= w3
L13:
	r4 = *(s8 *)(r0 + 0x10)
	w0 s/= w4
	if r3 > r5 goto +3
	lock *(u64 *)(r3 + 32767) += r2
	r5 = le16 r5
	*(u64 *)(r6 + 32767) = 1 << 3
	if w3 >= w8 goto +0
	call 130
	if r8 <= r1 goto +0
	r0 = atomic_fetch_or((u64 *)(r9 + 32767), r0)
	r3 += 1 == 1
	if r2 & r10 goto +3
	w5 = atomic_fetch_add((u32 *)(r1 + 0), w5)
	if w9 s> w5 goto +0
	gotol L6
	goto L11
	*(u16 *)(r9 + 0x10) = r0
	r8 s%= 1 << 3
	r1 = -r1
	w9 = *(u8 *)(r7 - 2 - 3)
	if r8 <= -2147483648 goto +1
	w1 /= 3 % 2 * 4
	call -1
	if w4 <= 0x7fffffff goto +1
	w1 s%= w6
	gotol L30
	w2 += 1 + ~0
	r1 = *(s32 *)(r0 - 32768)
	r6 /= r0
	*(u64 *)(r7 + 4) = r2
	r0 = *(u32 *)skb[r0]
	if w1 s>= 0b101 goto +1
	r1 = atomic_fetch_add((u64 *)(r6 + 0x10), r1)
	lock *(u64 *)(r5 + 4) += r8
L14:
	may_goto L23
	if w1 s>= -1 goto -1
	r2 &= 0 || 0
	if w2 <= w7 goto -1
	r0 = *(u16 *)skb[r2]
	r6 = le16 r6
	call f2
	lock *(u32 *)(r8 - 8) |= w5
	r8 = (s32)r8
	r6 = *(u64 *)(r7 - 8)
	call f0
	if w2 != 0 goto L28
	if r6 & r4 goto +1
	w6 s>>= w10
	r0 = cmpxchg_64(r1 - 8, r0, r4)
	if w10 != 'a' goto L13
	w10 = atomic_fetch_or((u32 *)(r3 - 2 - 3), w10)
	if r2 & 0x7fffffff goto +0
	r10 = *(u16 *)(r5 + 0)
	w0 = atomic_fetch_xor((u32 *)(r5 + 0x10), w0)
	lock *(u64 *)(r0 + 0) &= r4
	*(u64 *)(r4 - 2 - 3) = 2 + 3 & 1
	w10 s%= 0b101
	r0 = *(s32 *)(r1 - 2 - 3)
	if r1 s< r3 goto -1
	r2 = (s16)r9
	lock *(u32 *)(r9 + 0) ^= w6
	r10 = *(u16 *)(r5 + 0)
	if r10 != 6 & 3 == 2 goto L0
	w10 = w4
	if w2 < -2147483648 goto +0
	r9 = be16 r9
	if r5 s>= 0xFFFF1234 goto +0
	*(u16 *)(r9 + 0x10) = w8
L15:
	lock *(u64 *)(r7 - 32768) &= r1
	if r7 s< 010 goto L32
	gotol L35
	lock *(u32 *)(r5 - 32768) += w6
	r2 ^= 0b101
	*(u16 *)(r7 + 0x10) = w6
	r4 s/= 1 == 1
	if r2 > r4 goto +0
	w0 = *(u32 *)(r10 - 2 - 3)
	w1 *= w5
	if w8 != w1 goto +1
	r1 = atomic_fetch_or((u64 *)(r6 + 32767), r1)
	gotol L26
	r0 = *(u8 *)skb[r1]
	lock *(u64 *)(r1 - 2 - 3) &= r0
	r6 -= r9
	w10 = xchg32_32(r5 + 4, w10)
	lock *(u32 *)(r8 - 8) &= w2
	gotol L36
	if w9 != 0xffffffff goto +3
	r5 = -r5
	r9 = be64 r9
	may_goto L16
	w2 s%= w7
	if r2 s<= r9 goto +3
	r3 s/= 7 / -2
	w5 *= 0x7fffffff
	call f1
	call 0
	r3 = *(u16 *)(r5 - 2 - 3)
	may_goto L25
	r4 ^= r7
	if w3 < 'a' goto +3
	*(u32 *)(r7 + 32767) = -1
L16:
	w1 <<= w1
	w9 = *(u8 *)(r4 + 0x10)
	if w0 s>= w2 goto +0
	w7 = *(u32 *)(r9 - 2 - 3)
	if w9 <= 4 - 1 goto +1
	*(u32 *)(r10 - 32768) = 1
	r5 &= r10
	r3 += 'a'
	r4 s/= 7 / -2
	w6 s>>= 0 || 0
	w5 <<= w6
	*(u32 *)(r9 - 8) = r6
	*(u8 *)(r8 - 32768) = w0
	r8 /= 2 + 3 & 1
	if r3 > 1 goto L33
	r7 = -r7
	lock *(u64 *)(r4 + 32767) |= r1
	r0 = *(u8 *)skb[r3]
	r1 = le32 r1
	*(u8 *)(r4 + 4) = -2147483648
	r8 = *(u16 *)(r2 + 0)
	r8 = -r8
	r7 = 0x1122334455667788 ll
	r3 = *(u64 *)(r9 + 0x10)
	r4 ^= r0
	w5 *= w8
	goto L32
	call f0
	*(u8 *)(r4 + 0x10) = w2
	gotol L24
	if w5 s> 'a' goto -1
	w8 = *(u32 *)(r1 + 4)
	if w1 > 1 goto L34
	r0 = *(u32 *)skb[r4]
L17:
	if w1 > 1 && 2 goto L20
	r10 = *(u32 *)(r8 + 4)
	w7 += 2 + 3 & 1
	w2 = *(u16 *)(r8 - 2 - 3)
	r0 = (s16)r0
	if r0 <= r9 goto +1
	if w10 > 0xFFFF1234 goto -1
	callx r4
	r6 = bswap32 r6
	r7 = r6
	r0 = *(u8 *)(r5 + 0x10)
	if r3 < r7 goto +3
	if r7 s> r7 goto +0
	r10 = (s8)r9
	r5 = 0b101
	r0 = *(u64 *)(r10 + 32767)
	r5 = bswap16 r5
	w2 ^= w0
	if w10 == w0 goto +3
	r6 = xchg_64(r5 + 0, r6)
	if r4 s> r9 goto L34
	r0 = *(u16 *)skb[-1]
	r2 = *(s8 *)(r8 + 4)
	r0 %= r2
	r7 = be16 r7
	*(u16 *)(r10 + 32767) = r10
	w9 s/= 0b101
	w9 s>>= 1 && 2
	w4 = *(u8 *)(r1 - 2 - 3)
	if w9 <= w8 goto +3
	w10 = *(u16 *)(r7 - 8)
	if w10 > 1 goto +3
	*(u8 *)(r6 + 4) = r0
	r9 = -r9
L18:
	may_goto L22
	*(u8 *)(r5 + 4) = 010
	*(u64 *)(r7 + 4) = r1
	r2 >>= r8
	w5 *= 0xffffffff
	r8 = le16 r8
	if r3 s> 3 % 2 * 4 goto +1
	r2 = *(s16 *)(r7 + 4)
	w5 = atomic_fetch_xor((u32 *)(r7 + 4), w5)
	w4 |= 1 && 2
	r1 /= 1
	if r0 s< 'a' goto +3
	r8 = le64 r8
	if w10 s>= 0 goto -1
	r7 = -2147483648
	r8 %= 0x7fffffff
	r6 s/= r9
	*(u16 *)(r8 + 4) = r7
	if w1 == w2 goto -1
	r8 = bswap16 r8
	w7 |= 1 << 3
	*(u8 *)(r4 - 8) = 0x7fffffff
	r8 = le32 r8
	if r0 > 1 + ~0 goto +0
	w8 = xchg32_32(r10 - 32768, w8)
	*(u8 *)(r7 + 4) = r4
	if w4 s> 4 - 1 goto +1
	if w6 != 0x7fffffff goto -1
	w5 = *(u8 *)(r2 + 32767)
	r7 = 0 ll
	gotol L28
	r9 /= 'a'
	w6 = *(u16 *)(r5 + 0x10)
	call f2
L19:
	r2 = be16 r2
	if w2 s< w10 goto L7
	if r2 != 6 & 3 == 2 goto +0
	*(u32 *)(r5 + 4) = r1
	if r10 >= 7 / -2 goto L15
	r0 = cmpxchg_64(r4 + 32767, r0, r1)
	w0 = *(u32 *)(r1 - 32768)
	if r8 s> r5 goto +0
	may_goto L33
	w5 = (s8)w7
	lock *(u32 *)(r4 - 2 - 3) &= w8
	r9 s>>= -1
	w8 = atomic_fetch_add((u32 *)(r6 - 32768), w8)
	r10 = bswap32 r10
	r3 *= r1
	*(u32 *)(r3 + 0) = w8
	r4 = be32 r4
	lock *(u32 *)(r10 + 32767) ^= w6
	r9 = r7
	r3 <<= r0
	r3 &= r7
	if w3 == w1 goto -1
	r3 = le16 r3
	may_goto L30
	*(u16 *)(r5 - 8) = 010
	*(u16 *)(r3 - 8) = 4 - 1
	*(u64 *)(r9 + 32767) = 0
	r9 = le32 r9
	r9 = bswap64 r9
	r0 = *(u16 *)skb[14]
	if w4 & w9 goto -1
	if w1 >= 2 + 3 & 1 goto +3
	*(u8 *)(r4 + 0x10) = w0
	*(u32 *)(r5 + 0) = 2 + 3 & 1
L20:
	r2 = atomic_fetch_xor((u64 *)(r1 + 32767), r2)
	if w1 >= 1 goto -1
	if r7 & r7 goto +0
	w2 s%= 1
	w10 >>= w5
	w3 &= w7
	gotol L34
	r10 = *(s32 *)(r10 + 0)
	r1 = 0b101
	r0 = *(u16 *)skb[r3]
	if w10 != w3 goto L22
	r2 /= r1
	r0 = *(u32 *)skb[14]
	w8 ^= 2 + 3 & 1
	if w1 <= 1 goto +3
	r0 = bswap16 r0
	*(u16 *)(r5 - 8) = r0
	if w1 >= 2 + 3 & 1 goto +3
	r6 *= 0xffffffff
	if w1 == w1 goto +1
	ld_pseudo r5, 0, 0
	*(u8 *)(r8 + 0x10) = r9
	r3 %= 2 + 3 & 1
	r3 = atomic_fetch_xor((u64 *)(r4 + 4), r3)
	if w0 > 1 && 2 goto -1
	if w6 < w7 goto +1
	r5 -= 'a'
	r9 = bswap16 r9
	goto L38
	r3 = be32 r3
	r4 = *(u64 *)(r9 - 32768)
	if r7 >= 2 + 3 & 1 goto +3
	w1 /= w1
	if w5 s< 0b101 goto -1
L21:
	w6 = w6
	r5 = be64 r5
	if w2 <= w10 goto +3
	if r10 & r6 goto +1
	if w3 s<= 0 goto +3
	lock *(u32 *)(r8 + 32767) &= w5
	r7 -= r6
	r5 = *(u32 *)(r1 - 2 - 3)
	if w10 < 1 && 2 goto +1
	r7 = *(s32 *)(r8 - 8)
	w7 <<= w9
	w6 >>= w7
	goto L26
	r0 = bswap64 r0
	if w1 & 0xFFFF1234 goto -1
	may_goto L2
	r0 = *(u8 *)skb[0]
	if w5 <= w3 goto -1
	w3 -= 0 || 0
	lock *(u32 *)(r7 - 2 - 3) ^= w0
	if w6 s> w10 goto L18
	if w7 s>= w0 goto -1
	r8 = be32 r8
	if w10 s< w9 goto +0
	r2 = 2 + 3 & 1
	w9 = *(u32 *)(r6 + 32767)
	w10 += 0xFFFF1234
	r3 -= r1
	if r2 s>= 0 goto L27
	callx r2
	if w1 >= 1 << 3 goto +3
	if r1 != 0xffffffff goto +0
	if r8 > 0b101 goto +0
	if w3 <= 0 || 0 goto +1
L22:
	if w2 != w1 goto +1
	*(u16 *)(r10 + 4) = w1
	if r8 s> -8 >> 1 goto -1
	goto L23
	if w5 & 1 goto +0
	r2 |= -1
	r7 = atomic_fetch_xor((u64 *)(r6 + 32767), r7)
	gotol L11
	w7 = -w7
	r4 s/= r5
	w9 = 1
	if w5 & w5 goto -1
	gotol L1
	*(u64 *)(r6 - 8) = r7
	r7 = (s32)r4
	if r5 s>= r2 goto L4
	w7 %= 7 / -2
	goto L3
	*(u16 *)(r0 + 0) = r1
	gotol L8
	r9 = *(s16 *)(r1 + 32767)
	r3 = *(u32 *)(r10 - 32768)
	if w4 s>= 1 + ~0 goto +1
	w3 = (s8)w7
	w9 = (s8)w4
	r10 /= r5
	r2 += 0xffffffff
	r0 = addr_space_cast(r8, 0, 1)
	w7 = atomic_fetch_or((u32 *)(r0 - 2 - 3), w7)
	r9 <<= 4 - 1
	*(u16 *)(r0 + 32767) = 1 + ~0
	r7 <<= -1
	w8 <<= w3
	w4 += w0
L23:
	w2 = atomic_fetch_and((u32 *)(r10 - 2 - 3), w2)
	*(u8 *)(r1 - 8) = w3
	r8 = bswap32 r8
	w0 = cmpxchg32_32(r5 + 0x10, w0, w3)
	*(u16 *)(r7 - 8) = w4
	if w1 < w9 goto -1
	if r6 s<= 3 % 2 * 4 goto +0
	w9 = w4
	w10 = *(u8 *)(r8 - 32768)
	r4 <<= r6
	r10 &= r0
	r5 = r0
	r9 += 3 % 2 * 4
	*(u16 *)(r10 - 2 - 3) = r5
	if r9 s>= 0xffffffff goto -1
	if w6 > w0 goto +3
	r3 = *(u32 *)(r1 + 0)
	w5 -= 0xffffffff
	*(u16 *)(r7 - 2 - 3) = r6
	r9 = (s16)r0
	w8 -= w4
	if w8 > 1 << 3 goto +0
	r8 /= 6 & 3 == 2
	w3 += 1
	r0 = le64 r0
	r5 = r7
	if w1 <= 3 % 2 * 4 goto +0
	r10 = *(u32 *)(r3 + 32767)
	r4 <<= 1 + ~0
	gotol L19
	if r1 & r8 goto L28
	r3 >>= 1
	r0 = *(u16 *)skb[r1]
	may_goto L26
L24:
	if w4 > -2147483648 goto L1
	r4 = bswap64 r4
	if r2 == r9 goto -1
	r8 = 0xffffffff
	w8 ^= 2 + 3 & 1
	r4 s/= r2
	r0 = *(u8 *)skb[0x7fffffff]
	if w9 != w1 goto +3
	if w5 s>= w6 goto +1
	w8 = *(u8 *)(r3 + 32767)
	*(u16 *)(r1 - 8) = 6 & 3 == 2
	r6 = atomic_fetch_and((u64 *)(r8 + 0), r6)
	r4 = le16 r4
	if w9 s> 0b101 goto +0
	if r10 == r0 goto -1
	if r3 < r10 goto +0
	r10 += -1
	*(u16 *)(r10 + 4) = w9
	*(u32 *)(r1 - 8) = 'a'
	*(u8 *)(r2 + 0) = r0
	if r1 <= r0 goto +3
	r6 ^= 0xFFFF1234
	if w3 > 2 + 3 & 1 goto -1
	if r7 >= r7 goto +1
	r1 = atomic_fetch_add((u64 *)(r8 - 2 - 3), r1)
	w3 = -w3
	*(u16 *)(r7 - 8) = 0 || 0
	w0 += 2 + 3 & 1
	r1 s%= r2
	if r8 s>= r2 goto L7
	w9 &= 1 + ~0
	*(u16 *)(r2 + 32767) = r0
	w0 = atomic_fetch_or((u32 *)(r2 + 0), w0)
	r3 = le32 r3
L25:
	w6 s>>= w2
	if w8 s> w10 goto +1
	call f1
	if w10 < 1 goto -1
	w8 = atomic_fetch_or((u32 *)(r0 + 4), w8)
	lock *(u64 *)(r7 + 0) ^= r2
	r5 = atomic_fetch_add((u64 *)(r9 + 4), r5)
	call f1
	if w10 == 6 & 3 == 2 goto +3
	*(u16 *)(r4 + 4) = w9
	if r8 & 6 & 3 == 2 goto -1
	w2 >>= w3
	*(u32 *)(r3 + 4) = w1
	w5 s%= 6 & 3 == 2
	r2 = bswap32 r2
	w9 >>= -1
	r2 = be64 r2
	if r4 s< 1 == 1 goto +0
	w5 -= 0xffffffff
	if r7 & r3 goto -1
	if w9 != w0 goto +0
	r6 = le64 r6
	r3 = (s32)r7
	if w3 > 1 && 2 goto -1
	w0 s/= w7
	r8 = *(s32 *)(r5 - 2 - 3)
	r1 = bswap32 r1
	if r10 != 7 / -2 goto +1
	r2 = le32 r2
	r5 *= 'a'
	*(u32 *)(r4 - 2 - 3) = r1
	if r6 s<= 1 goto -1
	r5 = *(u16 *)(r3 + 0)
	r8 = (s8)r1
L26:
	r9 = le64 r9
	*(u8 *)(r1 + 4) = r0
	w10 %= w3
	w0 -= w4
	r3 &= r8
	r10 %= 1 && 2
	if r1 s>= 1 goto -1
	r5 = r3
	goto L9
	if w5 s< 0xffffffff goto +3
	r0 = (s8)r0
	w3 &= w6
	*(u32 *)(r7 + 32767) = w8
	r10 s%= 1
	if r5 >= r6 goto +3
	w1 |= 1
	may_goto L24
	r0 *= r3
	*(u8 *)(r10 + 0) = w5
	may_goto L10
	r5 = *(u16 *)(r8 - 32768)
	goto L34
	r5 %= r6
	r9 = atomic_fetch_xor((u64 *)(r10 + 0x10), r9)
	*(u8 *)(r2 + 0) = 0b101
	w6 = xchg32_32(r2 + 0x10, w6)
	if r3 == r1 goto -1
	callx r3
	w4 = atomic_fetch_or((u32 *)(r3 + 0), w4)
	if r1 >= 1 << 3 goto L30
	r9 = xchg_64(r7 - 32768, r9)
	lock *(u32 *)(r7 - 2 - 3) |= w6
	r9 = *(s16 *)(r7 - 32768)
	if r7 & 0 || 0 goto -1
L27:
	*(u8 *)(r8 + 0x10) = w7
	if w0 <= w10 goto +0
	r4 = atomic_fetch_or((u64 *)(r0 + 4), r4)
	*(u64 *)(r4 - 8) = 7 / -2
	w5 = atomic_fetch_and((u32 *)(r1 + 32767), w5)
	if r2 == -2147483648 goto L35
	if w10 != -1 goto -1
	r9 = *(s16 *)(r9 + 0)
	r3 %= 6 & 3 == 2
	if w7 & w1 goto +0
	r3 s%= r0
	r6 = *(s8 *)(r1 + 0x10)
	if r1 < 0xFFFF1234 goto L31
	w10 %= -2147483648
	w4 %= w0
	lock *(u32 *)(r0 - 32768) += w3
	r9 -= r9
	goto L13
	r10 <<= r10
	w1 s>>= w8
	r2 = *(s8 *)(r7 + 0)
	w8 /= 0xffffffff
	gotol L19
	may_goto L31
	*(u32 *)(r4 + 0x10) = 'a'
	if r7 == r0 goto +3
	if w8 s> -2147483648 goto +0
	r0 = *(u8 *)skb[-1]
	lock *(u32 *)(r9 - 8) += w10
	r9 s/= r10
	r5 = le32 r5
	r8 s>>= 1
	*(u64 *)(r6 - 32768) = r2
	goto L35
L28:
	r7 = 0 ll
	*(u8 *)(r6 + 4) = 0
	r3 = (s16)r8
	w0 += w7
	r0 = *(u8 *)skb[r4]
	if w7 s<= w2 goto +0
	r7 = (s8)r0
	r4 |= r8
	r9 = (s32)r1
	r5 = *(s16 *)(r1 + 0)
	w10 = 0 || 0
	w5 s%= w1
	r7 = *(u64 *)(r5 + 32767)
	w7 s/= 0
	r0 = (s32)r4
	if r1 s<= r7 goto L2
	may_goto L24
	w1 %= 4 - 1
	lock *(u64 *)(r2 + 32767) ^= r10
	*(u32 *)(r1 + 32767) = -8 >> 1
	r8 |= r9
	r5 = -r5
	may_goto L27
	lock *(u64 *)(r5 - 2 - 3) ^= r5
	r0 = cmpxchg_64(r0 + 32767, r0, r4)
	r3 = be64 r3
	r2 = (s8)r6
	if w5 s>= w3 goto +3
	r1 = *(u64 *)(r7 - 8)
	w0 = cmpxchg32_32(r6 - 32768, w0, w6)
	w0 -= w0
	w3 s>>= w2
	lock *(u64 *)(r1 + 4) &= r3
	if r10 != r3 goto +3
L29:
	r7 = *(s8 *)(r4 - 8)
	r6 /= r5
	if w4 s>= w5 goto -1
	if r6 >= 010 goto +0
	r10 = bswap16 r10
	if r1 & r0 goto +1
	r3 s/= 0
	if w7 s<= w3 goto +1
	r6 = be64 r6
	r5 = *(u32 *)(r9 - 2 - 3)
	r2 = *(u64 *)(r3 + 4)
	r6 = xchg_64(r2 + 4, r6)
	w7 = xchg32_32(r4 - 32768, w7)
	w10 ^= w1
	r7 = le64 r7
	if r5 s< r2 goto L7
	gotol L17
	*(u32 *)(r9 + 0) = r3
	*(u16 *)(r6 + 0) = 0xFFFF1234
	*(u16 *)(r4 - 32768) = 0x7fffffff
	r2 = addr_space_cast(r7, 0, 1)
	w0 = *(u32 *)(r7 + 0)
	w0 = atomic_fetch_and((u32 *)(r3 - 8), w0)
	r2 = atomic_fetch_and((u64 *)(r9 - 8), r2)
	w2 >>= 0b101
	r1 = atomic_fetch_and((u64 *)(r1 - 2 - 3), r1)
	if w3 < w10 goto +0
	if w4 == w0 goto +3
	if r10 & 0xffffffff goto +3
	if r9 < r8 goto +0
	w4 = (s16)w4
	r10 = *(u64 *)(r5 - 2 - 3)
	r6 = bswap16 r6
	if w0 != w7 goto +0
L30:
	r2 -= 1
	r0 = cmpxchg_64(r7 + 32767, r0, r8)
	lock *(u64 *)(r6 + 0) ^= r5
	r3 = addr_space_cast(r2, 0, 1)
	w9 *= -2147483648
	r7 = (s8)r1
	r6 = xchg_64(r7 + 0x10, r6)
	w3 s>>= 0b101
	r2 = bswap64 r2
	w2 ^= -2147483648
	r1 = *(u16 *)(r6 + 0x10)
	r8 *= r6
	if r9 s<= r0 goto -1
	gotol L0
	if r3 s< r0 goto +0
	w4 = (s8)w9
	call f1
	if r9 >= 1 goto +3
	r8 = r0
	callx r6
	w5 &= 0 || 0
	w4 *= 4 - 1
	r5 = le64 r5
	r8 = 0 ll
	if r10 < r5 goto +3
	*(u32 *)(r4 - 2 - 3) = 1 + ~0
	*(u32 *)(r4 + 32767) = r9
	r10 = be32 r10
	w8 <<= 010
	w6 -= w4
	*(u8 *)(r2 + 0x10) = r7
	r2 = le64 r2
	call f2
	*(u32 *)(r6 + 0) = w9
L31:
	*(u16 *)(r1 + 0) = w9
	gotol L6
	w10 += 1 << 3
	w3 = atomic_fetch_add((u32 *)(r2 + 0), w3)
	r9 -= 0xffffffff
	r10 = le64 r10
	goto L3
	if w9 < 0b101 goto +1
	w2 |= w3
	*(u16 *)(r4 + 0x10) = w7
	if r0 s> 6 & 3 == 2 goto +0
	if r9 s> r3 goto +3
	*(u8 *)(r6 + 0x10) = 7 / -2
	w0 = cmpxchg32_32(r9 - 32768, w0, w9)
	*(u8 *)(r0 - 2 - 3) = 0xffffffff
	w9 = (s16)w7
	if r7 >= 1 && 2 goto L37
	r4 = *(u8 *)(r5 + 0)
	w0 s/= 0xffffffff
	may_goto L13
	if w1 < 0 goto -1
	r10 = -r10
	gotol L17
	if r0 == -2147483648 goto +0
	w9 = -w9
	r5 = 0xFFFF1234
	w7 = *(u32 *)(r1 + 32767)
	if w8 == w10 goto +3
	r10 = be64 r10
	if r1 s>= r0 goto +1
	*(u64 *)(r5 - 32768) = 1 == 1
	*(u16 *)(r3 + 4) = w10
	w10 = -w10
	r2 = (s16)r2
L32:
	w5 &= 1 + ~0
	w7 %= w6
	if w8 != 0xffffffff goto -1
	w3 = w10
	*(u8 *)(r10 - 2 - 3) = w5
	r10 = *(u8 *)(r2 + 4)
	w6 = 4 - 1
	*(u8 *)(r9 - 8) = r4
	call 1
	*(u8 *)(r0 + 0) = 2 + 3 & 1
	r0 = le16 r0
	*(u32 *)(r1 - 8) = 0
	w5 &= 0 || 0
	if w10 s> w4 goto +0
	if r0 s> 0xFFFF1234 goto -1
	*(u64 *)(r5 - 2 - 3) = r9
	r5 = *(u8 *)(r3 - 32768)
	r6 = *(s32 *)(r5 - 32768)
	gotol L28
	call f3
	if r4 s>= r0 goto -1
	lock *(u64 *)(r4 + 0) += r8
	*(u64 *)(r2 + 0x10) = r3
	w0 = cmpxchg32_32(r7 - 8, w0, w1)
	w3 s>>= 0
	r1 = *(s32 *)(r10 + 4)
	w6 s/= w8
	if r0 < r10 goto -1
	r7 = *(u16 *)(r0 - 8)
	w8 = *(u16 *)(r8 - 2 - 3)
	w3 = *(u16 *)(r2 - 8)
	goto L13
	r10 = be16 r10
	lock *(u64 *)(r6 - 2 - 3) &= r3
L33:
	w1 = -w1
	gotol L13
	r0 = xchg_64(r4 - 8, r0)
	w7 = w0
	w5 = -w5
	r9 s>>= 1 && 2
	w4 s%= w4
	w10 = (s16)w4
	if r10 s> 4 - 1 goto L4
	if w9 s> 6 & 3 == 2 goto +0
	w9 = atomic_fetch_xor((u32 *)(r7 + 4), w9)
	w10 *= w3
	callx r5
	*(u64 *)(r8 + 32767) = r8
	call f2
	goto L38
	w6 = *(u16 *)(r9 - 32768)
	if r0 >= 'a' goto L18
	if w8 > w4 goto +0
	w4 &= 0b101
	may_goto L31
	*(u8 *)(r10 - 32768) = w7
	lock *(u32 *)(r7 + 32767) ^= w0
	r6 /= 7 / -2
	w5 *= 3 % 2 * 4
	w0 = atomic_fetch_xor((u32 *)(r8 - 32768), w0)
	w4 s>>= -2147483648
	r1 = be64 r1
	r8 |= 1
	r4 |= 0xFFFF1234
	w6 = atomic_fetch_and((u32 *)(r5 + 4), w6)
	if r10 s< 4 - 1 goto -1
	r7 *= r4
	if r0 > r8 goto +3
L34:
	w5 |= -2147483648
	r1 >>= 2 + 3 & 1
	w1 = w3
	r8 = *(s16 *)(r8 + 0)
	w1 = xchg32_32(r1 + 32767, w1)
	w7 s/= 1 && 2
	goto L31
	if r4 > 0xffffffff goto -1
	r3 = *(u16 *)(r2 - 8)
	if r10 s< r5 goto L15
	w6 /= w8
	if w8 > w1 goto +3
	if w0 s<= -2147483648 goto +1
	if r5 >= r9 goto L34
	r5 = 2 + 3 & 1
	r6 %= r7
	r2 = -1 ll
	may_goto L27
	w6 = *(u16 *)(r9 + 32767)
	r6 = be32 r6
	may_goto L7
	w4 = (s8)w3
	goto L33
	if w7 s>= 0xffffffff goto +0
	call f0
	lock *(u64 *)(r10 + 32767) |= r9
	r4 = (s8)r6
	goto L16
	if w9 s>= 1 && 2 goto +0
	r3 = *(u64 *)(r10 + 0)
	*(u32 *)(r2 - 2 - 3) = 3 % 2 * 4
	r10 = le16 r10
	if r10 s<= r9 goto L39
	*(u16 *)(r9 - 8) = r10
L35:
	call f3
	lock *(u32 *)(r1 - 2 - 3) &= w1
	if r8 != r8 goto +1
	r2 -= 010
	w3 <<= 1
	r0 = *(u32 *)skb[r1]
	w9 = atomic_fetch_or((u32 *)(r7 + 32767), w9)
	w4 = atomic_fetch_xor((u32 *)(r8 + 4), w4)
	r0 = *(u8 *)skb[r0]
	r9 = *(s16 *)(r2 + 4)
	if w0 s> w10 goto +0
	r10 -= r0
	r5 = *(s8 *)(r4 - 32768)
	if r0 & 010 goto L14
	if r1 s>= r7 goto +0
	r6 += r0
	r9 s%= -2147483648
	r3 *= 6 & 3 == 2
	w2 /= w8
	w9 = atomic_fetch_add((u32 *)(r2 + 0), w9)
	if r4 s< r6 goto L32
	if w10 == -1 goto +3
	w6 ^= 0
	*(u8 *)(r1 + 32767) = r2
	*(u8 *)(r1 - 32768) = -8 >> 1
	r5 = atomic_fetch_and((u64 *)(r4 + 4), r5)
	r8 = *(u8 *)(r0 + 32767)
	r6 s/= r3
	r3 = *(s8 *)(r9 + 32767)
	r7 *= r1
	r1 = *(s8 *)(r4 + 4)
	r9 s/= 1 && 2
	may_goto L10
	if w8 s< w1 goto L21
L36:
	w2 s%= -1
	*(u16 *)(r10 + 0x10) = r10
	r5 = (s32)r8
	w1 = *(u8 *)(r4 - 2 - 3)
	r6 s>>= 1 && 2
	*(u8 *)(r3 + 4) = r1
	w10 = -w10
	if r5 s> 1 == 1 goto +1
	r1 = 1 << 40 ll
	if r1 s>= r9 goto -1
	*(u8 *)(r7 + 4) = 3 % 2 * 4
	goto L23
	r1 <<= 3 % 2 * 4
	*(u16 *)(r1 - 2 - 3) = r0
	w7 ^= w3
	r0 = *(u8 *)(r0 - 8)
	if r9 <= 'a' goto +1
	r5 = 0xffffffff
	if r4 < -2147483648 goto +3
	lock *(u32 *)(r8 - 2 - 3) ^= w9
	r10 &= 0xFFFF1234
	r1 = addr_space_cast(r8, 1, 0)
	if r6 s> 1 + ~0 goto -1
	r8 = bswap64 r8
	r9 = *(u32 *)(r5 + 0x10)
	gotol L25
	lock *(u32 *)(r8 - 2 - 3) += w1
	goto L12
	r1 ^= r3
	w4 s>>= w6
	w10 = (s16)w1
	*(u8 *)(r4 + 0) = r8
	r8 += r10
	w5 = w5
L37:
	r10 = le32 r10
	r0 = *(u8 *)skb[14]
	r1 = r1
	call f2
	lock *(u32 *)(r7 + 0) |= w9
	r3 s%= 'a'
	if w10 == w10 goto -1
	if w7 == 4 - 1 goto +0
	gotol L1
	if w9 <= w7 goto +3
	r5 %= 6 & 3 == 2
	r4 &= r3
	r10 >>= r6
	w4 s>>= 0b101
	w10 s%= w9
	r8 = be16 r8
	if r2 & r9 goto +0
	r9 s>>= r7
	w2 <<= 0
	r10 /= r7
	w6 |= w1
	if w0 & 0 || 0 goto +1
	*(u64 *)(r4 + 0x10) = 1
	if w5 s< w9 goto +0
	r3 /= r8
	if r6 > r7 goto +3
	*(u64 *)(r4 + 0x10) = r0
	r6 = le32 r6
	gotol L19
	callx r7
	if w6 != w5 goto -1
	*(u32 *)(r8 + 0) = w6
	w10 /= w5
	if r5 < 010 goto L22
L38:
	goto L23
	if r4 s< 4 - 1 goto +0
	if w5 != w10 goto +3
	if r5 s>= r9 goto L10
	w3 = w4
	lock *(u64 *)(r5 + 0) |= r5
	w10 = *(u32 *)(r10 + 4)
	r10 = atomic_fetch_or((u64 *)(r3 - 2 - 3), r10)
	r0 = be16 r0
	r4 = bswap32 r4
	*(u8 *)(r6 + 4) = w3
	r2 = *(s8 *)(r10 + 4)
	may_goto L3
	*(u64 *)(r3 - 8) = r5
	if r4 >= 1 << 3 goto +0
	w4 |= w3
	if r7 s<= r0 goto +1
	if w2 <= -1 goto +0
	w3 = -w3
	r0 = (s16)r7
	w7 <<= w10
	r9 = bswap32 r9
	may_goto L25
	w4 |= 6 & 3 == 2
	if w10 s>= w4 goto L35
	r10 s>>= r5
	r3 = atomic_fetch_and((u64 *)(r4 - 8), r3)
	w3 = 0 || 0
	w3 >>= 1 && 2
	w9 = atomic_fetch_and((u32 *)(r0 + 0x10), w9)
	may_goto L37
	*(u16 *)(r4 + 0) = w8
	*(u64 *)(r10 - 32768) = -1
	if w0 > 6 & 3 == 2 goto -1
L39:
	r5 = *(s32 *)(r10 - 32768)
	r0 = *(u8 *)skb[r2]
	w7 -= 1
	goto L5
	if w4 s>= 2 + 3 & 1 goto +1
	w8 /= 1
	r2 = *(u8 *)(r1 + 32767)
	w10 = *(u16 *)(r4 - 2 - 3)
	r4 = be64 r4
	w9 = *(u16 *)(r9 + 0x10)
	w10 = w5
	if w5 s>= 0xffffffff goto -1
	r2 ^= 0b101
	if r3 s>= 0x7fffffff goto +3
	r10 = *(u64 *)(r4 + 0)
	*(u8 *)(r0 + 32767) = 0 || 0
	if r3 >= r9 goto +3
	*(u64 *)(r3 - 2 - 3) = 6 & 3 == 2
	if w0 s<= w1 goto +1
	goto L37
	*(u64 *)(r0 - 32768) = r7
	goto L6
	r7 |= -1
	r5 *= 1 == 1
	call f1
	call f3
	r7 = bswap16 r7
	if r2 s<= -1 goto +0
	lock *(u64 *)(r9 - 2 - 3) |= r8
	r10 = *(u16 *)(r3 + 4)
	if w3 <= 1 == 1 goto +0
	w5 %= 0b101
	r10 += r2
	w0 = cmpxchg32_32(r7 - 8, w0, w5)
	w5 = (s16)w3
	w5 = -2147483648
	r2 &= 1 + ~0
	if w8 > w5 goto L36
	r7 += 0xffffffff
	w1 >>= 6 & 3 == 2
	*(u32 *)(r2 + 0) = w0
	w3 ^= w0
	r7 = *(s16 *)(r4 - 32768)
	*(u64 *)(r8 + 0) = r5
	r6 s>>= 0xFFFF1234
	r0 = be32 r0
	if r6 s< r0 goto -1
	if w8 s< w6 goto +1
	w10 &= 'a'
	r0 = *(u8 *)skb[r5]
	w4 = atomic_fetch_add((u32 *)(r7 - 2 - 3), w4)
	exit
f0:
	r0 = 0
	exit
f1:
	r0 = 0
	exit
f2:
	r0 = 0
	exit
f3:
	r0 = 0
	exit
