# kernel: invalid access to packet, off=12 size=1, R2(id=0,off=12,r=0)
# kernel: R2 offset is outside of the packet
# hint: packet-outside
.section xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r0 = *(u8 *)(r2 + 12)
	r0 = 2
	exit
