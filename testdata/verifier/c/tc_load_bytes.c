// tc: copies the IP header out of the packet with bpf_skb_load_bytes and checks its version.
#include "progs.h"

SEC("tc")
int tc_load_bytes(struct __sk_buff *skb)
{
	struct iphdr ip;

	if (bpf_skb_load_bytes(skb, sizeof(struct ethhdr), &ip, sizeof(ip)) < 0)
		return TC_ACT_OK;
	return ip.version == 4 ? TC_ACT_OK : TC_ACT_SHOT;
}

char _license[] SEC("license") = "GPL";
