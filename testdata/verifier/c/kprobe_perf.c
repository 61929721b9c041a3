// kprobe: sends the second argument and the pid to user space through a perf event array.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, 4);
	__uint(value_size, 4);
	__uint(max_entries, 4);
} perf SEC(".maps");

struct sample {
	__u64 arg;
	__u32 pid;
	__u32 pad;
};

SEC("kprobe/do_sys_openat2")
int kprobe_perf(struct pt_regs *regs)
{
	struct sample s = {};

	s.arg = regs->si;
	s.pid = bpf_get_current_pid_tgid();
	bpf_perf_event_output(regs, &perf, BPF_F_CURRENT_CPU, &s, sizeof(s));
	return 0;
}

char _license[] SEC("license") = "GPL";
