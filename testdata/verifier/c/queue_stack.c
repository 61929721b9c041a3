// tracepoint: pushes timestamps into a queue and pops the oldest.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(key_size, 0);
	__uint(value_size, 8);
	__uint(max_entries, 64);
} stamps SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int queue_stack(void *ctx)
{
	__u64 now = bpf_ktime_get_ns(), old;

	bpf_map_push_elem(&stamps, &now, 0);
	if (bpf_map_pop_elem(&stamps, &old) == 0 && old > now)
		return 1;
	return 0;
}

char _license[] SEC("license") = "GPL";
