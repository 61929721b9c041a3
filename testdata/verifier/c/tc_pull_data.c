// tc: pulls 54 bytes into the linear area, then checks and reads the TCP ports.
#include "progs.h"

SEC("tc")
int tc_pull_data(struct __sk_buff *skb)
{
	void *data, *data_end;
	struct tcphdr *tcp;

	if (bpf_skb_pull_data(skb, 54))
		return TC_ACT_OK;
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	tcp = data + sizeof(struct ethhdr) + sizeof(struct iphdr);
	if ((void *)(tcp + 1) > data_end)
		return TC_ACT_OK;
	return tcp->dest == bpf_htons(22) ? TC_ACT_SHOT : TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
