#include "common.h"
struct { __uint(type, 6); __uint(max_entries, 8); __type(key, __u32); __type(value, __u64); } pc SEC(".maps");
struct { __uint(type, 9); __uint(max_entries, 128); __type(key, __u32); __type(value, __u32); } lru SEC(".maps");
SEC("cgroup/skb") int cg(struct __sk_buff *skb) {
  __u32 k = skb->mark & 7, ip = skb->hash;
  __u64 *v = bpf_map_lookup_elem(&pc, &k);
  if (v) *v += skb->len;
  __u32 one = 1;
  if (!bpf_map_lookup_elem(&lru, &ip)) bpf_map_update_elem(&lru, &ip, &one, 1);
  else bpf_map_delete_elem(&lru, &ip);
  return 1;
}
