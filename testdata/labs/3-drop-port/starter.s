# Lab 3: drop UDP packets sent to port 9999 (return XDP_DROP, 1); pass everything else
# (XDP_PASS, 2).
#
# The frame is between ctx->data (u32 at offset 0 of xdp_md) and ctx->data_end (offset 4).
# Ethernet header: 14 bytes, EtherType at 12 (0x0800 for IPv4, big-endian on the wire);
# IPv4 header: version/IHL at 14 (0x45 without options), protocol at 23 (17 = UDP);
# UDP header at 34: destination port at 36, big-endian (be16 converts).
# The verifier lets you read a packet byte only after you compared data + N with data_end.
.section xdp
	r0 = 2
	exit
