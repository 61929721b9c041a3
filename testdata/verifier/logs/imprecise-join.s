r0 = 0
r1 = 5
r1 /= 1
r2 = 0
if r1 > 7 goto +2
r3 = 1
goto +1
r3 = 2
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r0 = r3
exit
