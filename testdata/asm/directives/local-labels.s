# Hand-written: GNU local labels (1: ... 1b, 1f), which llvm-mc accepts.
1:
	r0 += 1
	if r0 < 10 goto 1b
	goto 1f
	r0 = 0
1:
	exit
	.data
	.long 2f - 1f
1:
	.byte 1
2:
