#include "common.h"
struct { __uint(type, 2); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } cfg SEC(".maps");
SEC("xdp") int redirect(struct xdp_md *ctx) {
  __u32 zero = 0;
  __u32 *ifindex = bpf_map_lookup_elem(&cfg, &zero);
  if (!ifindex || !*ifindex) return 2;
  return bpf_redirect(*ifindex, 0);
}
