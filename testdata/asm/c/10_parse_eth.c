#include "common.h"
struct eth { __u8 dst[6], src[6]; __u16 proto; };
struct ip { __u8 vhl, tos; __u16 len, id, frag; __u8 ttl, proto; __u16 csum; __u32 src, dst; };
SEC("xdp") int parse(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  struct eth *e = data;
  if ((void *)(e + 1) > end) return 1;
  if (e->proto != __builtin_bswap16(0x0800)) return 2;
  struct ip *ip = (void *)(e + 1);
  if ((void *)(ip + 1) > end) return 1;
  if (ip->proto == 17 && ip->ttl > 1) return 3;
  return __builtin_bswap32(ip->dst) >> 24 == 10 ? 1 : 2;
}
