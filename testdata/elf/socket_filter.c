// A socket filter keeping UDP packets whole and truncating the rest to 0 (dropping them).
// test: socket packet=udp4 r0=0xffff
// test: socket packet=tcp4 r0=0
#include "bpf_helpers.h"

SEC("socket")
int udp_only(struct __sk_buff *skb)
{
	__u8 proto;

	if (bpf_skb_load_bytes(skb, 9, &proto, 1) < 0)
		return 0;
	return proto == 17 ? 0xffff : 0;
}

char _license[] SEC("license") = "GPL";
