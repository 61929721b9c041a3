// tc: indexes the histogram with a bound one too large.
// verify: map_value_overflow rejected R0 max value is outside of the allowed memory range
#include "progs.h"

struct hist {
	__u64 slot[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct hist);
	__uint(max_entries, 1);
} hist SEC(".maps");

SEC("tc")
int map_value_overflow(struct __sk_buff *skb)
{
	__u32 k = 0, i = skb->len & 31;
	struct hist *h = bpf_map_lookup_elem(&hist, &k);

	if (h)
		h->slot[i]++;
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
