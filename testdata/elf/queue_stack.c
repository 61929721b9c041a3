// BTF-defined queue and stack maps (no key), pushed and popped in one run.
// test: xdp packet=udp4 r0=0x13
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__type(value, __u32);
	__uint(max_entries, 4);
} fifo SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__type(value, __u32);
	__uint(max_entries, 4);
} lifo SEC(".maps");

SEC("xdp")
int order(struct xdp_md *ctx)
{
	__u32 a = 1, b = 3, x = 0, y = 0;

	bpf_map_push_elem(&fifo, &a, 0);
	bpf_map_push_elem(&fifo, &b, 0);
	bpf_map_push_elem(&lifo, &a, 0);
	bpf_map_push_elem(&lifo, &b, 0);
	bpf_map_pop_elem(&fifo, &x);
	bpf_map_pop_elem(&lifo, &y);
	return x << 4 | y;
}

char _license[] SEC("license") = "GPL";
