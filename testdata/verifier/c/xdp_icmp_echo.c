// XDP: answers ICMP echo requests by swapping addresses and turning the type into a reply.
#include "progs.h"

struct icmphdr {
	__u8 type;
	__u8 code;
	__u16 checksum;
	__u32 rest;
};

SEC("xdp")
int xdp_icmp_echo(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct icmphdr *icmp = (void *)(ip + 1);
	__u32 tmp;

	if ((void *)(icmp + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_ICMP || ip->ihl != 5 || icmp->type != 8)
		return XDP_PASS;
	tmp = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = tmp;
	icmp->type = 0;
	icmp->checksum += bpf_htons(0x0800);
	return XDP_TX;
}

char _license[] SEC("license") = "GPL";
