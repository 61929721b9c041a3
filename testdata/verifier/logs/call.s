r1 = 1
r6 = 7
*(u64 *)(r10 - 8) = r6
r2 = r10
r2 += -8
call f
r0 += r6
exit
f:
r0 = *(u64 *)(r2 + 0)
*(u64 *)(r10 - 16) = r1
r0 += r1
exit
