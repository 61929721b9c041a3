// kprobe: passes a key the program never initialised to a map lookup.
// verify: stack_uninit accepted
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u64);
	__type(value, __u64);
	__uint(max_entries, 16);
} m SEC(".maps");

SEC("kprobe/do_sys_openat2")
int stack_uninit(struct pt_regs *regs)
{
	__u64 key;
	__u64 *v;

	if (regs->di)
		key = regs->di;
	v = bpf_map_lookup_elem(&m, &key);
	return v ? 1 : 0;
}

char _license[] SEC("license") = "GPL";
