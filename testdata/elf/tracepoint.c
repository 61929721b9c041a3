// A tracepoint program reading its record (syscalls/sys_enter_openat layout), counting in
// a hash map keyed by the flags argument.
// test: tracepoint/syscalls/sys_enter_openat ctx=openat r0=0
// map-after: by_flags 41000000=0100000000000000
#include "bpf_helpers.h"

struct sys_enter_openat {
	__u64 common;
	__s64 nr;
	__u64 dfd;
	__u64 filename;
	__u64 flags;
	__u64 mode;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 32);
} by_flags SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int on_openat(struct sys_enter_openat *ctx)
{
	__u32 flags = ctx->flags;
	__u64 one = 1, *n = bpf_map_lookup_elem(&by_flags, &flags);

	if (n)
		*n += 1;
	else
		bpf_map_update_elem(&by_flags, &flags, &one, BPF_ANY);
	return 0;
}

char _license[] SEC("license") = "GPL";
