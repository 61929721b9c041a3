// XDP: drops TCP packets to a port configured in an array map.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 1);
} blocked_port SEC(".maps");

SEC("xdp")
int xdp_port_filter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp = (void *)(ip + 1);
	__u32 key = 0, *port;

	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP || ip->ihl != 5)
		return XDP_PASS;
	port = bpf_map_lookup_elem(&blocked_port, &key);
	if (port && tcp->dest == bpf_htons(*port))
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
