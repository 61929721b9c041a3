// XDP: reads the protocol byte without checking the packet is long enough.
// verify: xdp_unchecked rejected R1 offset is outside of the packet
#include "progs.h"

SEC("xdp")
int xdp_unchecked(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	return ip->protocol == IPPROTO_TCP ? XDP_DROP : XDP_PASS;
}

char _license[] SEC("license") = "GPL";
