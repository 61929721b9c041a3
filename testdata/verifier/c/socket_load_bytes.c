// Socket filter: reads the IP protocol with bpf_skb_load_bytes and keeps only UDP.
#include "progs.h"

SEC("socket")
int socket_load_bytes(struct __sk_buff *skb)
{
	__u8 proto;

	if (bpf_skb_load_bytes(skb, 23, &proto, 1) < 0)
		return 0;
	return proto == IPPROTO_UDP ? -1 : 0;
}

char _license[] SEC("license") = "GPL";
