# Lab 3, a first attempt: the bounds check covers the Ethernet header only, but the
# program reads the UDP port at offset 36. The verifier says:
#   invalid access to packet, off=36 size=2, R2(id=0,off=36,r=14)
#   R2 offset is outside of the packet
.section xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto pass
	r5 = *(u16 *)(r2 + 12)
	if r5 != 0x0008 goto pass
	r5 = *(u16 *)(r2 + 36)
	r5 = be16 r5
	if r5 != 9999 goto pass
	r0 = 1
	exit
pass:
	r0 = 2
	exit
