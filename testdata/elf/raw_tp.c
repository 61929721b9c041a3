// A raw tracepoint reading args[0] and args[1].
// test: raw_tracepoint/sys_enter ctx=args r0=0x1b
#include "bpf_helpers.h"

SEC("raw_tracepoint/sys_enter")
int on_enter(struct bpf_raw_tracepoint_args *ctx)
{
	return ctx->args[1] * 3 + ctx->args[0];
}

char _license[] SEC("license") = "GPL";
