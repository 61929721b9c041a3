// bpf_xdp_adjust_head strips the Ethernet header; the program returns the new first byte.
// test: xdp packet=udp4 r0=0x45
#include "bpf_helpers.h"

SEC("xdp")
int strip_eth(struct xdp_md *ctx)
{
	__u8 *p;

	if (bpf_xdp_adjust_head(ctx, sizeof(struct ethhdr)))
		return XDP_ABORTED;
	p = (void *)(long)ctx->data;
	if ((void *)(p + 1) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	return *p;
}

char _license[] SEC("license") = "GPL";
