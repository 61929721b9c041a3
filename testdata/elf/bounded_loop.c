// A bounded loop over the packet's first bytes (clang keeps the loop; the verifier
// proves it ends).
// test: xdp packet=udp4 r0=0x38
#include "bpf_helpers.h"

SEC("xdp")
int xor_bytes(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	__u8 *end = (void *)(long)ctx->data_end;
	__u8 x = 0;

	for (int i = 0; i < 24; i++) {
		if (p + i + 1 > end)
			break;
		x ^= p[i];
	}
	return x;
}

char _license[] SEC("license") = "GPL";
