#include "common.h"
struct hdr { __u32 version:4, ihl:4, dscp:6, ecn:2, len:16; };
SEC("socket") int bitfields(struct __sk_buff *skb) {
  struct hdr h;
  __builtin_memcpy(&h, &skb->cb[0], sizeof(h));
  return h.version * 100 + h.ihl * 10 + h.dscp + h.ecn + h.len;
}
