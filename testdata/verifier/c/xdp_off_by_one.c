// XDP: checks the Ethernet header but reads one byte past it.
// verify: xdp_off_by_one rejected R2 offset is outside of the packet
#include "progs.h"

SEC("xdp")
int xdp_off_by_one(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;

	if (data + 14 > data_end)
		return XDP_PASS;
	return data[14] == 0x45 ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
