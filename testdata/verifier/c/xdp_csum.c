// XDP: computes the checksum difference of the IPv4 addresses with bpf_csum_diff.
#include "progs.h"

SEC("xdp")
int xdp_csum(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	__be32 zero[2] = {};

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	return bpf_csum_diff(zero, 8, &ip->saddr, 8, 0) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
