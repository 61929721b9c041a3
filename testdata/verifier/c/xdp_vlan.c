// XDP: skips one 802.1Q VLAN tag before looking at the IP header.
#include "progs.h"

struct vlanhdr {
	__be16 tci;
	__be16 proto;
};

SEC("xdp")
int xdp_vlan(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	void *next = eth + 1;
	__be16 proto;

	if (next > data_end)
		return XDP_DROP;
	proto = eth->h_proto;
	if (proto == bpf_htons(0x8100)) {
		struct vlanhdr *v = next;

		if ((void *)(v + 1) > data_end)
			return XDP_DROP;
		proto = v->proto;
		next = v + 1;
	}
	if (proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = next;

		if ((void *)(ip + 1) > data_end)
			return XDP_DROP;
		return ip->ttl > 1 ? XDP_PASS : XDP_DROP;
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
