# Lab 3: drop UDP packets to port 9999, pass everything else.
.section xdp
	r2 = *(u32 *)(r1 + 0)          # data: the first byte of the frame
	r3 = *(u32 *)(r1 + 4)          # data_end: one past the last byte
	r4 = r2
	r4 += 42                       # Ethernet (14) + IPv4 without options (20) + UDP (8)
	if r4 > r3 goto pass           # shorter: cannot be what we drop
	r5 = *(u16 *)(r2 + 12)         # EtherType, in network byte order
	if r5 != 0x0008 goto pass      # 0x0800 (IPv4) as a little-endian load sees it
	r5 = *(u8 *)(r2 + 14)          # IPv4 version and header length
	if r5 != 0x45 goto pass        # only headers without options
	r5 = *(u8 *)(r2 + 23)          # IP protocol
	if r5 != 17 goto pass          # UDP
	r5 = *(u16 *)(r2 + 36)         # UDP destination port
	r5 = be16 r5                   # to host byte order
	if r5 != 9999 goto pass
	r0 = 1                         # XDP_DROP
	exit
pass:
	r0 = 2                         # XDP_PASS
	exit
