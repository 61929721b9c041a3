# kernel: invalid access to packet, off=36 size=2, R2(id=0,off=36,r=14)
# kernel: R2 offset is outside of the packet
# hint: packet-outside
.section xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto out
	r0 = *(u16 *)(r2 + 36)
out:
	r0 = 2
	exit
