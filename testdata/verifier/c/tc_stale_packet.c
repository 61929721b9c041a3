// tc: keeps using a packet pointer after bpf_skb_pull_data, which invalidates it.
// verify: tc_stale_packet rejected R6 invalid mem access 'scalar'
#include "progs.h"

SEC("tc")
int tc_stale_packet(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	bpf_skb_pull_data(skb, 64);
	return ip->ttl == 1 ? TC_ACT_SHOT : TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
