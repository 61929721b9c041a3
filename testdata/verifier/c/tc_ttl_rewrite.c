// tc: lowers the TTL of IPv4 packets to 1 with bpf_skb_store_bytes and fixes the checksum.
#include "progs.h"

SEC("tc")
int tc_ttl_rewrite(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	__u8 old_ttl, new_ttl = 1;

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	old_ttl = ip->ttl;
	if (old_ttl <= 1)
		return TC_ACT_OK;
	bpf_l3_csum_replace(skb, sizeof(struct ethhdr) + 10, bpf_htons(old_ttl << 8), bpf_htons(new_ttl << 8), 2);
	bpf_skb_store_bytes(skb, sizeof(struct ethhdr) + 8, &new_ttl, 1, 0);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
