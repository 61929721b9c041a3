r0 = 0
r6 = 100
r6 /= 1
r7 = r6
r7 += 4
if r6 > 10 goto +3
*(u64 *)(r10 - 8) = r7
r0 = *(u64 *)(r10 - 8)
exit
r0 = 1
exit
