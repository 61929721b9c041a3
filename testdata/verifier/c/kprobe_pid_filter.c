// kprobe: counts calls only for the pid stored in an array map by user space.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} cfg SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kprobe_pid_filter(struct pt_regs *regs)
{
	__u32 k0 = 0, k1 = 1;
	__u64 *pid = bpf_map_lookup_elem(&cfg, &k0), *count;

	if (!pid || *pid != bpf_get_current_pid_tgid() >> 32)
		return 0;
	count = bpf_map_lookup_elem(&cfg, &k1);
	if (count)
		__sync_fetch_and_add(count, 1);
	return 0;
}

char _license[] SEC("license") = "GPL";
