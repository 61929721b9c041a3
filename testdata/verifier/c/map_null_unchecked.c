// kprobe: uses a hash map value without checking the lookup found one.
// verify: map_null_unchecked rejected R0 invalid mem access 'map_value_or_null'
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} counters SEC(".maps");

SEC("kprobe/do_sys_openat2")
int map_null_unchecked(struct pt_regs *regs)
{
	__u32 k = regs->di & 15;
	__u64 *n = bpf_map_lookup_elem(&counters, &k);

	*n += 1;
	return 0;
}

char _license[] SEC("license") = "GPL";
