// Socket filter writing skb->mark, which only some program types may write.
// verify: socket_write_mark rejected invalid bpf_context access off=8 size=4
#include "progs.h"

SEC("socket")
int socket_write_mark(struct __sk_buff *skb)
{
	skb->mark = 1;
	return -1;
}

char _license[] SEC("license") = "GPL";
