#include "common.h"
__u32 hist[16];
SEC("perf_event") int sample(void *ctx) {
  __u32 r = bpf_get_prandom_u32();
  hist[r & 15]++;
  return r % 3 == 0;
}
