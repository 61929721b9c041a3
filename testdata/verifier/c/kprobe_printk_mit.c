// kprobe under a non-GPL license calling the GPL-only bpf_trace_printk.
// verify: kprobe_printk_mit rejected cannot call GPL-restricted function from non-GPL compatible program
#include "progs.h"

SEC("kprobe/do_sys_openat2")
int kprobe_printk_mit(struct pt_regs *regs)
{
	char fmt[] = "open\n";

	bpf_trace_printk(fmt, sizeof(fmt));
	return 0;
}

char _license[] SEC("license") = "MIT";
