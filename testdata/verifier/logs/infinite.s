r0 = 0
r1 = 0
r1 += 0
if r1 == 0 goto -2
exit
