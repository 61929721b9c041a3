r0 = 0
r1 = 0
r0 += r1
r1 += 1
if r1 < 3 goto -3
exit
