// raw tracepoint reading a thirteenth argument, past the twelve a program may read.
// verify: raw_tp_bad_arg rejected invalid bpf_context access off=96 size=8
#include "progs.h"

SEC("raw_tracepoint/sys_enter")
int raw_tp_bad_arg(struct bpf_raw_tracepoint_args *ctx)
{
	return ctx->args[12] != 0;
}

char _license[] SEC("license") = "GPL";
