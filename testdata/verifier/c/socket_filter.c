// Socket filter: keeps only packets longer than 100 bytes, and truncates them to 100.
#include "progs.h"

SEC("socket")
int socket_filter(struct __sk_buff *skb)
{
	if (skb->len <= 100)
		return 0;
	return 100;
}

char _license[] SEC("license") = "GPL";
