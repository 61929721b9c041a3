// Socket filter: counts packets per protocol number (skb->protocol) in an array.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} counts SEC(".maps");

SEC("socket")
int socket_count(struct __sk_buff *skb)
{
	__u32 k = skb->protocol & 15;
	__u64 *n = bpf_map_lookup_elem(&counts, &k);

	if (n)
		__sync_fetch_and_add(n, 1);
	return skb->len;
}

char _license[] SEC("license") = "GPL";
