// cgroup/skb: counts egress bytes per cgroup program run and allows everything.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} traffic SEC(".maps");

SEC("cgroup_skb/ingress")
int cgroup_skb_counter(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u64 *n = bpf_map_lookup_elem(&traffic, &k);

	if (n)
		__sync_fetch_and_add(n, skb->len);
	return 1;
}

char _license[] SEC("license") = "GPL";
