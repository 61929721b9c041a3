// A kprobe reading its arguments from pt_regs through CO-RE: the local struct names only
// the fields it uses, in an order unlike the kernel's, and relocations fix the offsets.
// test: kprobe/do_sys_openat2 ctx=regs r0=0x30
#include "bpf_helpers.h"

struct pt_regs {
	unsigned long si;
	unsigned long di;
} __attribute__((preserve_access_index));

SEC("kprobe/do_sys_openat2")
int probe_openat(struct pt_regs *ctx)
{
	return ctx->di + ctx->si;
}

char _license[] SEC("license") = "GPL";
