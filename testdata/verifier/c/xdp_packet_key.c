// XDP: uses the source address in the packet itself as a map key.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 64);
} allow SEC(".maps");

SEC("xdp")
int xdp_packet_key(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return XDP_DROP;
	return bpf_map_lookup_elem(&allow, &ip->saddr) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
