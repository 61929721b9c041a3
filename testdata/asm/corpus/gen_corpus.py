#!/usr/bin/env python3
"""Writes insns.s: every instruction form of the LLVM dialect, in r and w spellings, with
edge-case immediates and offsets. Deterministic; rerun to regenerate. The golden insns.o is
llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj insns.s."""
import random

rnd = random.Random(9669)
R = [f"r{i}" for i in range(11)]
W = [f"w{i}" for i in range(11)]
IMMS = ["0", "1", "-1", "0x7fffffff", "-2147483648", "0xFFFF1234", "0xffffffff", "4 - 1", "1 << 3",
        "(1 + 2) * 3" if False else "2 + 3 & 1", "-8 >> 1", "7 / -2", "1 == 1", "6 & 3 == 2", "0b101", "010", "'a'",
        "1 + ~0", "3 % 2 * 4", "1 && 2", "0 || 0"]
OFFS = ["+ 0", "+ 4", "- 8", "+ 32767", "- 32768", "- 2 - 3", "+ 0x10"]
lines = []

def imm():
    return rnd.choice(IMMS)

def off():
    return rnd.choice(OFFS)

alu = ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", "s>>=", "s/=", "s%="]
for regs in (R, W):
    for op in alu:
        for _ in range(6):
            lines.append(f"{rnd.choice(regs)} {op} {rnd.choice(regs)}")
            lines.append(f"{rnd.choice(regs)} {op} {imm()}")
    for _ in range(10):
        d = rnd.choice(regs)
        lines.append(f"{d} = {rnd.choice(regs)}")
        lines.append(f"{d} = {imm()}")
        lines.append(f"{d} = -{d}")
for _ in range(8):
    lines.append(f"{rnd.choice(R)} = (s8){rnd.choice(R)}")
    lines.append(f"{rnd.choice(R)} = (s16){rnd.choice(R)}")
    lines.append(f"{rnd.choice(R)} = (s32){rnd.choice(R)}")
    lines.append(f"{rnd.choice(W)} = (s8){rnd.choice(W)}")
    lines.append(f"{rnd.choice(W)} = (s16){rnd.choice(W)}")
for k in ("be", "le", "bswap"):
    for bits in (16, 32, 64):
        for r in R:
            lines.append(f"{r} = {k}{bits} {r}")
for _ in range(12):
    for t in ("u8", "u16", "u32", "u64"):
        lines.append(f"{rnd.choice(R)} = *({t} *)({rnd.choice(R)} {off()})")
        lines.append(f"*({t} *)({rnd.choice(R)} {off()}) = {rnd.choice(R)}")
        lines.append(f"*({t} *)({rnd.choice(R)} {off()}) = {imm()}")
    for t in ("u8", "u16", "u32"):
        lines.append(f"{rnd.choice(W)} = *({t} *)({rnd.choice(R)} {off()})")
        lines.append(f"*({t} *)({rnd.choice(R)} {off()}) = {rnd.choice(W)}")
    for t in ("s8", "s16", "s32"):
        lines.append(f"{rnd.choice(R)} = *({t} *)({rnd.choice(R)} {off()})")
for _ in range(6):
    for op in ("+=", "|=", "&=", "^="):
        lines.append(f"lock *(u32 *)({rnd.choice(R)} {off()}) {op} {rnd.choice(W)}")
        lines.append(f"lock *(u64 *)({rnd.choice(R)} {off()}) {op} {rnd.choice(R)}")
    for f in ("add", "or", "and", "xor"):
        r = rnd.choice(R)
        w = rnd.choice(W)
        lines.append(f"{r} = atomic_fetch_{f}((u64 *)({rnd.choice(R)} {off()}), {r})")
        lines.append(f"{w} = atomic_fetch_{f}((u32 *)({rnd.choice(R)} {off()}), {w})")
    r = rnd.choice(R)
    w = rnd.choice(W)
    lines.append(f"{r} = xchg_64({rnd.choice(R)} {off()}, {r})")
    lines.append(f"{w} = xchg32_32({rnd.choice(R)} {off()}, {w})")
    lines.append(f"r0 = cmpxchg_64({rnd.choice(R)} {off()}, r0, {rnd.choice(R)})")
    lines.append(f"w0 = cmpxchg32_32({rnd.choice(R)} {off()}, w0, {rnd.choice(W)})")
for t in ("u8", "u16", "u32"):
    for v in ("0", "14", "0x7fffffff", "-1"):
        lines.append(f"r0 = *({t} *)skb[{v}]")
    for r in R[:6]:
        lines.append(f"r0 = *({t} *)skb[{r}]")
for _ in range(12):
    lines.append(f"{rnd.choice(R)} = {rnd.choice(['0x1122334455667788', '-1', '0', '0xffffffff', '1 << 40'])} ll")
for src in range(7):
    lines.append(f"ld_pseudo {rnd.choice(R)}, {src}, {rnd.choice(['0', '7', '0x7fffffff', '-1'])}")
for r in R[:4]:
    lines.append(f"{r} = addr_space_cast({rnd.choice(R)}, 1, 0)")
    lines.append(f"{r} = addr_space_cast({rnd.choice(R)}, 0, 1)")
for v in ("0", "1", "5", "130", "-1", "0x7fffffff"):
    lines.append(f"call {v}")
for r in R:
    lines.append(f"callx {r}")
# jumps: labels spread through the body, relative offsets in range.
body = list(lines)
rnd.shuffle(body)
jumps = []
cmp = ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"]
nlabels = 40
for i in range(300):
    regs = rnd.choice((R, W))
    target = rnd.choice([f"L{rnd.randrange(nlabels)}", "+0", "+1", "-1", "+3"])
    src = rnd.choice(regs) if rnd.random() < 0.5 else imm()
    jumps.append(f"if {rnd.choice(regs)} {rnd.choice(cmp)} {src} goto {target}")
for i in range(30):
    jumps.append(f"goto L{rnd.randrange(nlabels)}")
    jumps.append(f"gotol L{rnd.randrange(nlabels)}")
    jumps.append(f"may_goto L{rnd.randrange(nlabels)}")
    jumps.append(f"call f{rnd.randrange(4)}")
body += jumps
rnd.shuffle(body)
out = ["\t.text", "\t.globl\tentry", "\t.type\tentry,@function", "entry:"]
step = len(body) // nlabels
for i, line in enumerate(body):
    if i % step == 0 and i // step < nlabels:
        out.append(f"L{i // step}:")
    out.append("\t" + line)
for i in range(i // step + 1, nlabels):
    out.append(f"L{i}:")
out.append("\texit")
for f in range(4):
    out += [f"f{f}:", "\tr0 = 0", "\texit"]
open("insns.s", "w").write("\n".join(out) + "\n")
print(len(body), "instruction lines")
