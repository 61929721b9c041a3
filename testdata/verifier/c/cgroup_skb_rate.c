// cgroup/skb: drops when more than 1000 packets were seen in the current second.
#include "progs.h"

struct window {
	__u64 second;
	__u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct window);
	__uint(max_entries, 1);
} win SEC(".maps");

SEC("cgroup_skb/ingress")
int cgroup_skb_rate(struct __sk_buff *skb)
{
	__u32 k = 0;
	__u64 now = bpf_ktime_get_ns() / 1000000000;
	struct window *w = bpf_map_lookup_elem(&win, &k);

	if (!w)
		return 1;
	if (w->second != now) {
		w->second = now;
		w->packets = 0;
	}
	w->packets++;
	return w->packets <= 1000;
}

char _license[] SEC("license") = "GPL";
