// A section name libbpf does not know (cilium's and iproute2's own names such as
// "from-netdev" or "2/7"): the program type comes from --type.
// test: from-netdev type=tc packet=udp4 r0=0
// map-after: drops 00000000=00000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 1);
} drops SEC(".maps");

SEC("from-netdev")
int handle_netdev(struct __sk_buff *skb)
{
	__u32 k = 0, *v;

	if (skb->len >= 14)
		return TC_ACT_OK;
	v = bpf_map_lookup_elem(&drops, &k);
	if (v)
		*v += 1;
	return TC_ACT_SHOT;
}

char _license[] SEC("license") = "GPL";
