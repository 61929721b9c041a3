// .kconfig externs: LINUX_KERNEL_VERSION and a CONFIG_ value, with libbpf's defaults for
// what cannot be read (a __weak extern is 0 when unknown).
// test: xdp packet=udp4 r0=2
#include "bpf_helpers.h"

extern __u32 LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_BPFLAB_NO_SUCH_OPTION __kconfig __weak;

SEC("xdp")
int by_version(struct xdp_md *ctx)
{
	if (CONFIG_BPFLAB_NO_SUCH_OPTION != 0)
		return XDP_ABORTED;
	return LINUX_KERNEL_VERSION >= (5 << 16) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
