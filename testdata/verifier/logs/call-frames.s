r1 = r10
r1 += -8
call f
r0 = 0
exit
f:
r2 = r1
call g
r0 = 0
exit
g:
r3 = 7
*(u64 *)(r2 + 0) = r3
*(u32 *)(r1 + -4) = r3
r0 = *(u64 *)(r2 + 0)
exit
