# Sums 1..10 in a bounded loop: a program bpflab's verifier models completely.
	r0 = 0
	r1 = 1
loop:
	r0 += r1
	r1 += 1
	if r1 <= 10 goto loop
	exit
