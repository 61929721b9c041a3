r0 = 0
r1 = 5
r1 += 3
w2 = w1
r2 <<= 4
exit
