	r6 = r1
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	ld_pseudo	r1, 1, 3
	call 1
	if r0 == 0 goto LBB0_4
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
	w7 = 10
LBB0_3:
	w7 -= 1
	if w7 != 0 goto LBB0_3
LBB0_4:
	r1 = r6
	call count
	exit
count:
	r0 = *(u16 *)skb[12]
	r0 = be16 r0
	exit
