	r6 = 0
loop:
	may_goto done
	r2 = *(s8 *)(r1 + 3)
	w3 = (s16)w2
	r3 = bswap32 r3
	r4 = addr_space_cast(r1, 0, 1)
	.8byte 0x00000100000845c3 # w5 = load_acquire((u32 *)(r4 + 8))
	.8byte 0x00000110001064db # store_release((u64 *)(r4 + 16), r6)
	r3 = atomic_fetch_xor((u64 *)(r4 - 8), r3)
	r5 s/= -3
	r6 += 1
	if r6 s< 100 goto loop
	gotol done
	.8byte 0x0000cca700002085 # call kfunc#52391
	callx r7
done:
	exit
