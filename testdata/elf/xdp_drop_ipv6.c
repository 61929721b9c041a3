// Parses the Ethernet header with the usual bounds check and drops IPv6.
// test: xdp packet=ipv6 r0=1
// test: xdp packet=udp4 r0=2
#include "bpf_helpers.h"

SEC("xdp")
int xdp_drop_ipv6(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if (data + sizeof(*eth) > data_end)
		return XDP_ABORTED;
	if (eth->h_proto == bpf_htons(ETH_P_IPV6))
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
