#include "common.h"
SEC("socket") int sext(struct __sk_buff *skb) {
  __s8 *p = (__s8 *)&skb->cb[0];
  __s16 *q = (__s16 *)&skb->cb[1];
  long x = *p + *q + (__s32)skb->cb[2];
  long y = (__s8)skb->mark + (__s16)skb->hash;
  return (int)(x / (skb->len | 1) + y % 5) + (int)__builtin_bswap64(x);
}
