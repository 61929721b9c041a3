#!/usr/bin/env python3
"""Record the running kernel's verdict on each program of kernel-corpus.txt.

Each `prog HEX` line (raw little-endian instructions) is loaded as a socket filter with log
level 1; the tool writes after it `=> accepted N` or `=> rejected N MESSAGE`, N being the
kernel's processed-instruction count and MESSAGE its error (the log line before the
"processed" summary). KernelCorpusTest compares bpflab's verdicts with these. Needs root:

    sudo python3 testdata/verifier/kernel_corpus.py testdata/verifier/kernel-corpus.txt
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kernel_scalar_states import load  # noqa: E402


def verdict(prog):
    fd, log = load(prog, 1)
    lines = [l for l in log.splitlines() if l.strip()]
    processed = None
    message = ''
    for i, line in enumerate(lines):
        loop = re.search(r'infinite loop detected at insn \d+', line)
        if loop:
            message = loop.group(0)
        m = re.match(r'processed (\d+) insns', line)
        if m:
            processed = int(m.group(1))
            if i > 0 and not message:
                message = lines[i - 1]
    if processed is None:
        raise RuntimeError('no summary line in the log:\n' + log)
    if fd >= 0:
        return 'accepted %d' % processed
    return 'rejected %d %s' % (processed, message)


def main(path):
    out = []
    for line in open(path):
        s = line.rstrip('\n')
        if s.startswith('=>') or s.startswith('# kernel release:'):
            continue
        if s.startswith('prog ') and not any(o.startswith('# kernel release:') for o in out):
            out.append('# kernel release: ' + os.uname().release)
        out.append(s)
        if s.startswith('prog '):
            out.append('=> ' + verdict(bytes.fromhex(s[5:])))
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
