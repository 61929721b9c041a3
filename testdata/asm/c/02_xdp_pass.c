#include "common.h"
SEC("xdp") int xdp_pass(struct xdp_md *ctx) { return ctx->ingress_ifindex == 3 ? 1 : 2; }
