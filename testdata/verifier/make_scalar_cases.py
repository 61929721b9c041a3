#!/usr/bin/env python3
"""Writes the case list of scalar-states.txt (without expectations): every ALU op, both
widths, immediate and register sources, moves and sign extensions, and every jump on both
edges, each on a few starting ranges. kernel_scalar_states.py then fills in the kernel's
rendering of each case's result."""
import random
import sys

cases = []


def case(name, *ops):
    cases.append((name, ops))


SETUPS = {
    'unknown': ['r2 = unknown'],
    'byte': ['r2 = unknown', 'r2 &= 0xff'],
    'u32': ['r2 = unknown32'],
    'signed': ['r2 = unknown', 'if r2 s> 100 fallthrough', 'if r2 s< -100 fallthrough'],
    'high': ['r2 = unknown', 'r2 &= 0x3ff', 'r3 = 1', 'r3 <<= 32', 'r2 |= r3'],
    'neg': ['r2 = unknown', 'r2 |= -16'],
    'mixed': ['r2 = unknown', 'if w2 s> 5 fallthrough', 'if w2 s< -7 fallthrough', 'if r2 > 0x7fffffff taken'],
}
ALU_NAMES = {'+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '&': 'and', '|': 'or',
             '^': 'xor', '<<': 'lsh', '>>': 'rsh', 's>>': 'arsh'}
JMP_NAMES = {'==': 'eq', '!=': 'ne', '&': 'set', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le',
             's>': 'sgt', 's>=': 'sge', 's<': 'slt', 's<=': 'sle'}

for s in SETUPS:
    case('setup-' + s, *SETUPS[s], 'show r2')
for op, opname in ALU_NAMES.items():
    shift = op in ('<<', '>>', 's>>')
    for w in ('r', 'w'):
        for s in ('byte', 'signed', 'neg', 'high'):
            for src in (['3', '31'] if shift else ['5', '-3', '0x7fffffff']) + ['reg']:
                ops = list(SETUPS[s])
                if src == 'reg':
                    ops += ['r3 = unknown', 'r3 &= 0xff'] if not shift else ['r3 = 7']
                    operand = w + '3'
                else:
                    operand = src
                ops += ['%s2 %s= %s' % (w, op, operand), 'show r2']
                case('%s-%s-%s-%s' % (opname, w, s, src), *ops)
case('lsh-32-arsh-32', 'r2 = unknown', 'r2 &= 0xff', 'r2 <<= 32', 'r2 s>>= 32', 'show r2')
case('lsh-32-signed', *SETUPS['signed'], 'r2 <<= 32', 'show r2')
case('lsh-w-31', 'r2 = unknown32', 'w2 <<= 31', 'show r2')
case('fork-and', 'r2 = unknown', 'r2 s>>= 63', 'r2 &= 5', 'show r2')
case('fork-or-32', 'r2 = unknown', 'w2 s>>= 31', 'r2 |= 5', 'show r2')
for s in SETUPS:
    case('mov32-' + s, *SETUPS[s], 'w3 = w2', 'show r3')
    for b in (8, 16, 32):
        case('movsx%d-%s' % (b, s), *SETUPS[s], 'r3 = (s%d)r2' % b, 'show r3')
    for b in (8, 16):
        case('movsx32-%d-%s' % (b, s), *SETUPS[s], 'w3 = (s%d)w2' % b, 'show r3')
for s in SETUPS:
    for w in ('r', 'w'):
        case('neg-%s-%s' % (w, s), *SETUPS[s], '%s2 = -%s2' % (w, w), 'show r2')
    for e in ('be16', 'be32', 'be64', 'le16', 'le32', 'le64', 'bswap16', 'bswap32', 'bswap64'):
        case('%s-%s' % (e, s), *SETUPS[s], 'r2 = %s r2' % e, 'show r2')
for c in ('0', '5', '-7', '0x12345678'):
    case('neg-const-' + c, 'r2 = ' + c, 'r2 = -r2', 'show r2')
    case('neg32-const-' + c, 'r2 = ' + c, 'w2 = -w2', 'show r2')
    for e in ('be16', 'be32', 'le16', 'bswap64'):
        case('%s-const-%s' % (e, c), 'r2 = ' + c, 'r2 = %s r2' % e, 'show r2')
# bounds that wrap on both ends (newer kernels keep such ranges)
WRAP_SETUPS = {
    'top': ['r2 = unknown', 'r2 |= -256'],
    'smax': ['r3 = unknown', 'r3 &= 0xff', 'r2 = 1', 'r2 <<= 63', 'r2 -= 1', 'r2 -= r3'],
    'smin': ['r3 = unknown', 'r3 &= 0xff', 'r2 = 1', 'r2 <<= 63', 'r2 += r3'],
    'w-top': ['r2 = unknown32', 'w2 |= -256'],
    'w-smax': ['r3 = unknown', 'r3 &= 0xff', 'w2 = 0x7fffffff', 'w2 -= w3'],
    'w-smin': ['r3 = unknown', 'r3 &= 0xff', 'w2 = -0x80000000', 'w2 += w3'],
}
for s_name, setup in WRAP_SETUPS.items():
    for op in ('+', '-'):
        for w in ('r', 'w'):
            for imm in ('0x200', '-0x200', '0x1000', '0x7fffffff', '-0x80000000'):
                case('wrap-%s-%s-%s-%s' % (s_name, ALU_NAMES[op], w, imm), *setup,
                     '%s2 %s= %s' % (w, op, imm), 'show r2')
            case('wrap-%s-%s-%s-reg' % (s_name, ALU_NAMES[op], w), *setup, 'r4 = unknown', 'r4 &= 0x3ff',
                 'r4 += 0x7ffffc00', '%s2 %s= %s4' % (w, op, w), 'show r2')
    for w in ('r', 'w'):
        case('wrap-%s-neg-%s' % (s_name, w), *setup, '%s2 = -%s2' % (w, w), 'show r2')
case('sub-both-underflow', 'r3 = 1', 'r3 <<= 63', 'r2 = unknown', 'r2 &= 3', 'r2 += 1', 'r2 -= r3', 'show r2')
case('add-both-overflow', 'r3 = 1', 'r3 <<= 63', 'r2 = unknown', 'r2 &= 3', 'r2 += 1', 'r2 += r3', 'r2 += r3',
     'show r2')
case('sub32-both-underflow', 'r2 = unknown', 'r2 &= 3', 'w2 += 1', 'w2 -= -0x80000000', 'show r2')
case('add32-both-overflow', 'r2 = unknown', 'r2 &= 3', 'w2 += -0x7ffffffc', 'w2 += -0x80000000', 'show r2')
case('neg-zero-possible', 'r2 = unknown', 'r2 &= 3', 'r2 = -r2', 'show r2')
# a u64 range and a tnum that share one value (newer kernels make it a constant)
case('single-tmax', 'r2 = unknown', 'r2 &= 0x100', 'if r2 > 0 taken', 'show r2')
case('single-two-left', 'r2 = unknown', 'r2 &= 0x101', 'if r2 > 1 taken', 'show r2')
case('single-between', 'r2 = unknown', 'r2 &= 0x101', 'if r2 > 1 taken', 'if r2 < 257 taken', 'show r2')
case('single-umin', 'r2 = unknown', 'r2 &= 0x21', 'r2 |= 0x10', 'if r2 > 0x10 taken', 'if r2 < 0x30 taken',
     'show r2')
case('single-w', 'r2 = unknown', 'r3 = -1', 'r3 <<= 32', 'r3 |= 0x100', 'r2 &= r3', 'if w2 > 0 taken', 'show r2')
case('single-w-between', 'r2 = unknown', 'r3 = -1', 'r3 <<= 32', 'r3 |= 0x101', 'r2 &= r3', 'if w2 > 1 taken',
     'if w2 < 257 taken', 'show r2')
case('mov-imm-neg', 'r2 = -5', 'show r2')
case('mov32-imm-neg', 'w2 = -5', 'show r2')
case('mov-big', 'r2 = 0x12345', 'show r2')
for j, jname in JMP_NAMES.items():
    for w in ('r', 'w'):
        for s in ('byte', 'signed', 'unknown', 'high', 'neg', 'u32', 'mixed'):
            for edge in ('taken', 'fallthrough'):
                case('j%s-%s-%s-%s-self' % (jname, w, s, edge), *SETUPS[s],
                     'if %s2 %s %s2 %s' % (w, j, w, edge), 'show r2')
                for imm in (['4', '0x80'] if j == '&' else ['10', '-1', '0x100']):
                    case('j%s-%s-%s-%s-%s' % (jname, w, s, edge, imm),
                         *SETUPS[s], 'if %s2 %s %s %s' % (w, j, imm, edge), 'show r2')
                case('j%s-%s-%s-%s-reg' % (jname, w, s, edge), *SETUPS[s],
                     'r4 = unknown', 'r4 &= 0x3f', 'if %s2 %s %s4 %s' % (w, j, w, edge), 'show r2')
                case('j%s-%s-%s-%s-reg-src' % (jname, w, s, edge), *SETUPS[s],
                     'r4 = unknown', 'r4 &= 0x3f', 'if %s2 %s %s4 %s' % (w, j, w, edge), 'show r4')

# random sequences over two registers, seeded so the list is stable
rng = random.Random(6)
IMMS = ['0', '1', '3', '7', '-1', '-2', '0xff', '0x100', '0x7fff', '-0x8000', '0x7fffffff', '-0x80000000',
        '0x12345', '-100', '31', '63']


def random_op(rng):
    d = rng.choice(['r2', 'r3'])
    w = rng.choice(['r', 'r', 'w'])
    dn = w + d[1:]
    kind = rng.randrange(10)
    if kind < 5:
        op = rng.choice(list(ALU_NAMES))
        if op in ('<<', '>>', 's>>'):
            src = str(rng.randrange(32 if w == 'w' else 64)) if rng.randrange(3) else w + rng.choice('23')
        else:
            src = rng.choice(IMMS) if rng.randrange(2) else w + rng.choice('23')
        if op in ('/', '%') and src == '0':
            src = '3'
        return '%s %s= %s' % (dn, op, src)
    if kind < 8:
        j = rng.choice(list(JMP_NAMES))
        src = rng.choice(IMMS) if rng.randrange(2) else w + rng.choice('23')
        return 'if %s %s %s %s' % (dn, j, src, rng.choice(['taken', 'fallthrough']))
    if kind == 8:
        return '%s = -%s' % (dn, dn)
    return rng.choice(['%s = (s8)%s' % (d, rng.choice(['r2', 'r3'])), 'w%s = w%s' % (d[1:], rng.choice('23')),
                       '%s = be16 %s' % (d, d), '%s = bswap32 %s' % (d, d)])


for n in range(4000):
    ops = list(rng.choice(list(SETUPS.values())))
    ops += ['r3 = unknown', 'r3 &= %s' % rng.choice(['0xff', '0xffff', '-16', '0x7fffffff'])]
    for _ in range(rng.randrange(2, 10)):
        ops.append(random_op(rng))
    case('random-%d' % n, *ops, 'show %s' % rng.choice(['r2', 'r3']))

with open(sys.argv[1], 'w') as f:
    f.write('# Scalar states as the running kernel prints them (filled in by kernel_scalar_states.py).\n')
    f.write('# Each case: operations, then `show rN` and the kernel\'s rendering after `=>`.\n')
    for name, ops in cases:
        f.write('\ncase %s\n' % name)
        for o in ops:
            f.write(o + '\n')
print(len(cases), 'cases')
