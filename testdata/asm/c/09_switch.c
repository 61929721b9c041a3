#include "common.h"
SEC("tc") int classify(struct __sk_buff *skb) {
  switch (skb->protocol) {
  case 0x0008: return 1;
  case 0xdd86: return 2;
  case 0x0608: return 3;
  case 0x0081: return skb->vlan_tci & 0xfff;
  default: return -1;
  }
}
