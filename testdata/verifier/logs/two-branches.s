r0 = 0
r1 = 9
r1 /= 3
r2 = r1
if r1 s> 2 goto +2
r0 = 1
exit
if r2 < 100 goto +1
exit
*(u64 *)(r10 - 16) = r2
r0 = *(u32 *)(r10 - 16)
exit
