// kprobe: counts calls per value of the first argument's low byte.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 256);
} by_flag SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kprobe_args(struct pt_regs *regs)
{
	__u32 k = regs->di & 0xff;
	__u64 one = 1, *n;

	n = bpf_map_lookup_elem(&by_flag, &k);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&by_flag, &k, &one, BPF_ANY);
	return 0;
}

char _license[] SEC("license") = "GPL";
