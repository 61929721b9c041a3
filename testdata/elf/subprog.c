// A static function in .text, called from the program (R_BPF_64_32 call relocation).
// test: xdp packet=udp4 r0=2
// test: xdp packet=ipv6 r0=1
#include "bpf_helpers.h"

static __noinline int is_ipv4(void *data, void *data_end)
{
	struct ethhdr *eth = data;

	if (data + sizeof(*eth) > data_end)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_IP);
}

SEC("xdp")
int only_ipv4(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	return is_ipv4(data, data_end) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
