// perf_event: counts samples whose sample period is above a threshold.
#include "progs.h"

struct bpf_perf_event_data {
	struct pt_regs regs;
	__u64 sample_period;
	__u64 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} big SEC(".maps");

SEC("perf_event")
int perf_event_period(struct bpf_perf_event_data *ctx)
{
	__u32 k = 0;
	__u64 *n;

	if (ctx->sample_period < 100000)
		return 0;
	n = bpf_map_lookup_elem(&big, &k);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char _license[] SEC("license") = "GPL";
