#!/usr/bin/env python3
"""Fill in the kernel's own rendering of scalar states for scalar-states.txt.

Each case in scalar-states.txt is a short sequence of scalar operations; this tool turns
it into a socket-filter program, loads it into the running kernel with log level 2, and
writes the kernel's rendering of the register named by `show` after `=>`. The Java test
(io.bpflab.verifier.ScalarStatesGoldenTest) replays the same operations on bpflab's
abstract domain and compares the rendering. Needs root (bpf(2)); run:

    sudo python3 testdata/verifier/kernel_scalar_states.py testdata/verifier/scalar-states.txt

Operations (registers r2-r5; r6 holds the context):
    rN = unknown        64 unknown bits (two 32-bit context loads, shifted and or-ed)
    rN = unknown32      one 32-bit context load (skb->len)
    rN = IMM | wN = IMM | rN = rM | wN = wM | rN = (s8|s16|s32)rM | wN = (s8|s16)wM
    rN = -rN | wN = -wN | rN = be16 rN (be/le/bswap, 16/32/64)
    rN OP= IMM|rM       and the w form; OP in + - * / % & | ^ << >> s>>
    if rN OP IMM|rM taken|fallthrough   and the w form; OP in == != & > >= < <= s> s>= s< s<=
    show rN             print the register (as the kernel prints a spilled copy of it)

`=> unreachable` records that the kernel predicted a branch the other way, so that the
asked-for edge is dead and `show` is never reached.
"""
import ctypes
import os
import re
import struct
import sys

BPF_PROG_LOAD = 5
ALU = {'+': 0x00, '-': 0x10, '*': 0x20, '/': 0x30, '|': 0x40, '&': 0x50, '<<': 0x60,
       '>>': 0x70, '%': 0x90, '^': 0xa0, '=': 0xb0, 's>>': 0xc0}
JMP = {'==': 0x10, '>': 0x20, '>=': 0x30, '&': 0x40, '!=': 0x50, 's>': 0x60, 's>=': 0x70,
       '<': 0xa0, '<=': 0xb0, 's<': 0xc0, 's<=': 0xd0}


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack('<BBhi', code, dst | (src << 4), off, imm)


def reg(tok):
    m = re.fullmatch(r'[rw](\d+)', tok)
    if not m:
        raise ValueError('not a register: ' + tok)
    return int(m.group(1))


def imm_of(tok):
    v = int(tok, 0)
    if not -(1 << 31) <= v < (1 << 31):
        raise ValueError('immediate out of the s32 range: ' + tok)
    return v


def compile_case(ops):
    code = [insn(0xbf, 6, 1), insn(0xb7, 0, 0, 0, 0)]  # r6 = r1; r0 = 0
    show = None
    for op in ops:
        t = op.split()
        if t[0] == 'show':
            show = reg(t[1])
            code.append(insn(0x7b, 10, show, -8))  # *(u64 *)(r10 - 8) = rN
            continue
        if t[0] == 'if':
            cls = 0x06 if t[1][0] == 'w' else 0x05
            d = reg(t[1])
            c = JMP[t[2]]
            if t[3][0] in 'rw':
                code.append(insn(cls | c | 0x08, d, reg(t[3]), 1))
            else:
                code.append(insn(cls | c, d, 0, 1, imm_of(t[3])))
            if t[4] == 'taken':
                code.append(insn(0x95))
            else:
                code.append(insn(0x05, off=1))
                code.append(insn(0x95))
            continue
        d = reg(t[0])
        if t[1] == '=' and t[2] == 'unknown':
            code += [insn(0x61, d, 6, 0), insn(0x67, d, 0, 0, 32), insn(0x61, 7, 6, 4),
                     insn(0x4f, d, 7)]
            continue
        if t[1] == '=' and t[2] == 'unknown32':
            code.append(insn(0x61, d, 6, 0))
            continue
        cls = 0x04 if t[0][0] == 'w' else 0x07
        if t[1] == '=' and re.fullmatch(r'-[rw]\d+', t[2]):
            code.append(insn(cls | 0x80, d))
            continue
        m = re.fullmatch(r'(be|le|bswap)(16|32|64)', t[2])
        if t[1] == '=' and m:
            opc = {'le': 0xd4, 'be': 0xdc, 'bswap': 0xd7}[m.group(1)]
            code.append(insn(opc, d, 0, 0, int(m.group(2))))
            continue
        opname = t[1][:-1]
        c = ALU[opname] if opname else ALU['=']
        m = re.fullmatch(r'\((s\d+)\)([rw]\d+)', t[2])
        if m:
            code.append(insn(cls | 0xb0 | 0x08, d, reg(m.group(2)), int(m.group(1)[1:])))
        elif t[2][0] in 'rw':
            code.append(insn(cls | c | 0x08, d, reg(t[2])))
        else:
            code.append(insn(cls | c, d, 0, 0, imm_of(t[2])))
    code += [insn(0xb7, 0, 0, 0, 0), insn(0x95)]
    return b''.join(code), show


def load(prog, level=2):
    libc = ctypes.CDLL(None, use_errno=True)
    log = ctypes.create_string_buffer(1 << 20)
    lic = ctypes.create_string_buffer(b'GPL')
    buf = ctypes.create_string_buffer(prog)
    attr = bytearray(128)
    struct.pack_into('<IIQQIIQ', attr, 0, 1, len(prog) // 8, ctypes.addressof(buf),
                     ctypes.addressof(lic), level, len(log), ctypes.addressof(log))
    a = ctypes.create_string_buffer(bytes(attr))
    fd = libc.syscall(321, BPF_PROG_LOAD, a, len(attr))
    if fd >= 0:
        os.close(fd)
    return fd, log.value.decode()


def shown(log):
    for line in log.splitlines():
        m = re.search(r'\*\(u64 \*\)\(r10 -8\) = r\d+\s+; .*?fp-8(?:_\w+)?=(P?scalar\((?:[^()]|\([^()]*\))*\)|\S+)', line)
        if m:
            v = re.sub(r'id=\d+([+-]\d+)?,?', '', m.group(1)).replace('scalar(,', 'scalar(')
            v = v.lstrip('P')
            # a spilled zero is kept as zero bytes, not as a register
            return '0' if v == '00000000' else v
    return None


def main(path):
    out = []
    ops = []
    for line in open(path):
        s = line.rstrip('\n')
        if s.startswith('=>') or s.startswith('# kernel release:'):
            continue
        if s.startswith('case ') and not any(o.startswith('# kernel release:') for o in out):
            out.append('# kernel release: ' + os.uname().release)
        out.append(s)
        body = s.strip()
        if body.startswith('case '):
            ops = []
        elif body and not body.startswith('#'):
            ops.append(body)
            if body.startswith('show '):
                prog, _ = compile_case(ops)
                fd, log = load(prog)
                if fd < 0:
                    raise RuntimeError('kernel rejected %s:\n%s' % (ops, log))
                value = shown(log)
                # a branch the kernel predicted never reaches `show` on the asked-for edge
                out.append('=> ' + (value if value is not None else 'unreachable'))
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
