// Socket filter reading skb->data and data_end, which socket filters may not read (clang loads data_end first).
// verify: socket_direct_data rejected invalid bpf_context access off=80 size=4
#include "progs.h"

SEC("socket")
int socket_direct_data(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;
	unsigned char *end = (void *)(long)skb->data_end;

	if (data + 1 > end)
		return 0;
	return data[0];
}

char _license[] SEC("license") = "GPL";
