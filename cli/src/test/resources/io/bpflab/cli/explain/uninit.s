# r3 is never written on the path through the branch, and an unrelated
# computation in r6/r7 is cut from the explanation.
	r6 = 1
	r1 = 4
	r1 /= 1
	r7 = r6
	r7 += 3
	if r1 > 2 goto skip
	r3 = 1
skip:
	r0 = r3
	exit
