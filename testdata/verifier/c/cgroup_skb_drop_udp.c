// cgroup/skb: drops UDP by reading the packet directly.
#include "progs.h"

SEC("cgroup_skb/ingress")
int cgroup_skb_drop_udp(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data;

	if ((void *)(ip + 1) > data_end)
		return 1;
	return ip->protocol != IPPROTO_UDP;
}

char _license[] SEC("license") = "GPL";
