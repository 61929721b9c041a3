#include "common.h"
SEC("socket") int prog(void *ctx) { return 0; }
