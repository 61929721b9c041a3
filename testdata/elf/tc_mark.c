// A tc classifier writing skb->mark and skb->priority from the IP protocol.
// test: tc packet=udp4 r0=0x1011
#include "bpf_helpers.h"

SEC("tc")
int mark(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_SHOT;
	skb->mark = 0x1000 | ip->protocol;
	skb->priority = 3;
	return skb->mark;
}

char _license[] SEC("license") = "GPL";
