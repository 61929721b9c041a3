r0 = 0
r1 = 5
r1 /= 1
if r1 > 3 goto +3
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
if r1 > 1 goto +1
exit
r3 = *(u64 *)(r10 - 16)
r0 = *(u64 *)(r10 - 600)
exit
