// tracepoint: counts openat calls whose flags (a field of the event record) ask for O_CREAT.
#include "progs.h"

struct openat_args {
	__u64 common;
	__s64 nr;
	__u64 dfd;
	__u64 filename;
	__u64 flags;
	__u64 mode;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} creates SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int tracepoint_openat(struct openat_args *ctx)
{
	__u32 k = 0;
	__u64 *n;

	if (!(ctx->flags & 0100))
		return 0;
	n = bpf_map_lookup_elem(&creates, &k);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char _license[] SEC("license") = "GPL";
