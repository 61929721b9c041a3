// raw tracepoint: counts sys_enter events per syscall number (the second argument).
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 512);
} syscalls SEC(".maps");

SEC("raw_tracepoint/sys_enter")
int raw_tp_args(struct bpf_raw_tracepoint_args *ctx)
{
	__u32 nr = ctx->args[1];
	__u64 *n;

	if (nr >= 512)
		return 0;
	n = bpf_map_lookup_elem(&syscalls, &nr);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char _license[] SEC("license") = "GPL";
