// kprobe: copies 16 bytes of the user string the second argument points to.
#include "progs.h"

SEC("kprobe/do_sys_openat2")
int kprobe_probe_read(struct pt_regs *regs)
{
	char name[16];

	if (bpf_probe_read_user(name, sizeof(name), (void *)regs->si) < 0)
		return 0;
	return name[0] == '/';
}

char _license[] SEC("license") = "GPL";
