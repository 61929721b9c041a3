// tc classifier: marks UDP packets to port 53 and sets their priority.
#include "progs.h"

SEC("tc")
int tc_classifier(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);

	if ((void *)(udp + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_UDP)
		return TC_ACT_OK;
	if (udp->dest == bpf_htons(53)) {
		skb->mark = 0x53;
		skb->priority = 6;
	}
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
