#include "common.h"
int counter = 7;
const volatile int limit = 100;
static int hidden;
SEC("socket") int globals(struct __sk_buff *skb) {
  hidden += skb->len;
  counter++;
  return counter < limit ? hidden : 0;
}
