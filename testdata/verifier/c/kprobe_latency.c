// kprobe pair: remembers the entry time per thread and records the latency at return.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1024);
} start SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 32);
} log2_hist SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kprobe_enter(struct pt_regs *regs)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 now = bpf_ktime_get_ns();

	bpf_map_update_elem(&start, &tid, &now, BPF_ANY);
	return 0;
}

SEC("kretprobe/do_sys_openat2")
int kprobe_exit(struct pt_regs *regs)
{
	__u32 tid = bpf_get_current_pid_tgid(), slot = 0;
	__u64 *t0 = bpf_map_lookup_elem(&start, &tid), delta, *n;

	if (!t0)
		return 0;
	delta = bpf_ktime_get_ns() - *t0;
	bpf_map_delete_elem(&start, &tid);
	while (delta > 1 && slot < 31) {
		delta >>= 1;
		slot++;
	}
	n = bpf_map_lookup_elem(&log2_hist, &slot);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char _license[] SEC("license") = "GPL";
