// kprobe: reserves a ring buffer record and returns early without submitting it.
// verify: kprobe_ringbuf_leak rejected BPF_EXIT instruction in main prog would lead to reference leak
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kprobe_ringbuf_leak(struct pt_regs *regs)
{
	__u64 *e = bpf_ringbuf_reserve(&events, 8, 0);

	if (!e)
		return 0;
	if (regs->di == 0)
		return 1;
	*e = regs->di;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char _license[] SEC("license") = "GPL";
