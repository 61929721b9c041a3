package io.bpflab.vm;

/**
 * The interpreter: a plain {@code switch} over {@link Executable}'s pre-decoded opcodes,
 * every operation delegated to {@link Semantics} (the JIT calls the same methods).
 */
public final class Interpreter {

    /** Kernel: MAX_CALL_FRAMES. */
    public static final int MAX_FRAMES = 8;
    /** Kernel: BPF_MAX_LOOPS, the may_goto budget each function invocation starts with. */
    public static final long MAY_GOTO_BUDGET = 8L * 1024 * 1024;

    private Interpreter() {
    }

    /**
     * Runs {@code x} from instruction {@code pc} in frame {@code depth} until that frame
     * exits, and returns r0; r1-r5 are the arguments, r10 the frame pointer.
     */
    static long execute(Run run, Executable x, int pc, int depth, long r1, long r2, long r3, long r4, long r5, long r10) {
        // A local array of 16: register numbers are masked to 4 bits, so the JIT can drop the bounds checks.
        final long[] r = new long[16];
        r[1] = r1;
        r[2] = r2;
        r[3] = r3;
        r[4] = r4;
        r[5] = r5;
        r[10] = r10;
        if (run.resume != null) {
            // Compiled code hands the rest of its frame over (JitLinkage.resume); r[11], which no
            // instruction names, marks this execution so its exit hands r1-r5 back.
            long[] in = run.resume;
            run.resume = null;
            r[0] = in[0];
            r[6] = in[6];
            r[7] = in[7];
            r[8] = in[8];
            r[9] = in[9];
            r[11] = 1;
        }
        final int baseDepth = depth;
        final Memory mem = run.vm.memory();
        final Tracer tracer = run.tracer;
        final long budget = run.budget;
        long[] code = x.code;
        int[] offs = x.offs;
        long[] wides = x.wides;
        // Instructions are counted per straight-line segment, when control leaves it (a taken
        // jump, a call, exit), not one by one: the budget is checked at taken jumps, which
        // every loop has.
        long count = run.insns;
        int seg = pc;
        int i = pc;
        run.mayGoto[depth] = r[11] != 0 ? run.resumeMayGoto : MAY_GOTO_BUDGET;
        try {
            for (;;) {
                i = pc++;
                if (tracer != null) {
                    tracer.step(x, i, r, depth);
                }
                final long c = code[i];
                final int w = (int) c;
                final int d = (w >>> 8) & 0xf;
                final int s = (w >>> 12) & 0xf;
                final long imm = c >> 32;
                switch (w & 0xff) {
                case Op.ADD64_K -> r[d] = Semantics.add64(r[d], imm);
                case Op.ADD64_X -> r[d] = Semantics.add64(r[d], r[s]);
                case Op.ADD32_K -> r[d] = Semantics.add32(r[d], imm);
                case Op.ADD32_X -> r[d] = Semantics.add32(r[d], r[s]);
                case Op.SUB64_K -> r[d] = Semantics.sub64(r[d], imm);
                case Op.SUB64_X -> r[d] = Semantics.sub64(r[d], r[s]);
                case Op.SUB32_K -> r[d] = Semantics.sub32(r[d], imm);
                case Op.SUB32_X -> r[d] = Semantics.sub32(r[d], r[s]);
                case Op.MUL64_K -> r[d] = Semantics.mul64(r[d], imm);
                case Op.MUL64_X -> r[d] = Semantics.mul64(r[d], r[s]);
                case Op.MUL32_K -> r[d] = Semantics.mul32(r[d], imm);
                case Op.MUL32_X -> r[d] = Semantics.mul32(r[d], r[s]);
                case Op.DIV64_K -> r[d] = Semantics.div64(r[d], imm);
                case Op.DIV64_X -> r[d] = Semantics.div64(r[d], r[s]);
                case Op.DIV32_K -> r[d] = Semantics.div32(r[d], imm);
                case Op.DIV32_X -> r[d] = Semantics.div32(r[d], r[s]);
                case Op.SDIV64_K -> r[d] = Semantics.sdiv64(r[d], imm);
                case Op.SDIV64_X -> r[d] = Semantics.sdiv64(r[d], r[s]);
                case Op.SDIV32_K -> r[d] = Semantics.sdiv32(r[d], imm);
                case Op.SDIV32_X -> r[d] = Semantics.sdiv32(r[d], r[s]);
                case Op.OR64_K -> r[d] = Semantics.or64(r[d], imm);
                case Op.OR64_X -> r[d] = Semantics.or64(r[d], r[s]);
                case Op.OR32_K -> r[d] = Semantics.or32(r[d], imm);
                case Op.OR32_X -> r[d] = Semantics.or32(r[d], r[s]);
                case Op.AND64_K -> r[d] = Semantics.and64(r[d], imm);
                case Op.AND64_X -> r[d] = Semantics.and64(r[d], r[s]);
                case Op.AND32_K -> r[d] = Semantics.and32(r[d], imm);
                case Op.AND32_X -> r[d] = Semantics.and32(r[d], r[s]);
                case Op.LSH64_K -> r[d] = Semantics.lsh64(r[d], imm);
                case Op.LSH64_X -> r[d] = Semantics.lsh64(r[d], r[s]);
                case Op.LSH32_K -> r[d] = Semantics.lsh32(r[d], imm);
                case Op.LSH32_X -> r[d] = Semantics.lsh32(r[d], r[s]);
                case Op.RSH64_K -> r[d] = Semantics.rsh64(r[d], imm);
                case Op.RSH64_X -> r[d] = Semantics.rsh64(r[d], r[s]);
                case Op.RSH32_K -> r[d] = Semantics.rsh32(r[d], imm);
                case Op.RSH32_X -> r[d] = Semantics.rsh32(r[d], r[s]);
                case Op.MOD64_K -> r[d] = Semantics.mod64(r[d], imm);
                case Op.MOD64_X -> r[d] = Semantics.mod64(r[d], r[s]);
                case Op.MOD32_K -> r[d] = Semantics.mod32(r[d], imm);
                case Op.MOD32_X -> r[d] = Semantics.mod32(r[d], r[s]);
                case Op.SMOD64_K -> r[d] = Semantics.smod64(r[d], imm);
                case Op.SMOD64_X -> r[d] = Semantics.smod64(r[d], r[s]);
                case Op.SMOD32_K -> r[d] = Semantics.smod32(r[d], imm);
                case Op.SMOD32_X -> r[d] = Semantics.smod32(r[d], r[s]);
                case Op.XOR64_K -> r[d] = Semantics.xor64(r[d], imm);
                case Op.XOR64_X -> r[d] = Semantics.xor64(r[d], r[s]);
                case Op.XOR32_K -> r[d] = Semantics.xor32(r[d], imm);
                case Op.XOR32_X -> r[d] = Semantics.xor32(r[d], r[s]);
                case Op.MOV64_K -> r[d] = Semantics.mov64(r[d], imm);
                case Op.MOV64_X -> r[d] = Semantics.mov64(r[d], r[s]);
                case Op.MOV32_K -> r[d] = Semantics.mov32(r[d], imm);
                case Op.MOV32_X -> r[d] = Semantics.mov32(r[d], r[s]);
                case Op.ARSH64_K -> r[d] = Semantics.arsh64(r[d], imm);
                case Op.ARSH64_X -> r[d] = Semantics.arsh64(r[d], r[s]);
                case Op.ARSH32_K -> r[d] = Semantics.arsh32(r[d], imm);
                case Op.ARSH32_X -> r[d] = Semantics.arsh32(r[d], r[s]);
                case Op.JEQ64_K -> {
                    if (Semantics.jeq64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JEQ64_X -> {
                    if (Semantics.jeq64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JEQ32_K -> {
                    if (Semantics.jeq32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JEQ32_X -> {
                    if (Semantics.jeq32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGT64_K -> {
                    if (Semantics.jgt64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGT64_X -> {
                    if (Semantics.jgt64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGT32_K -> {
                    if (Semantics.jgt32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGT32_X -> {
                    if (Semantics.jgt32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGE64_K -> {
                    if (Semantics.jge64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGE64_X -> {
                    if (Semantics.jge64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGE32_K -> {
                    if (Semantics.jge32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JGE32_X -> {
                    if (Semantics.jge32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSET64_K -> {
                    if (Semantics.jset64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSET64_X -> {
                    if (Semantics.jset64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSET32_K -> {
                    if (Semantics.jset32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSET32_X -> {
                    if (Semantics.jset32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JNE64_K -> {
                    if (Semantics.jne64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JNE64_X -> {
                    if (Semantics.jne64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JNE32_K -> {
                    if (Semantics.jne32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JNE32_X -> {
                    if (Semantics.jne32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGT64_K -> {
                    if (Semantics.jsgt64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGT64_X -> {
                    if (Semantics.jsgt64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGT32_K -> {
                    if (Semantics.jsgt32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGT32_X -> {
                    if (Semantics.jsgt32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGE64_K -> {
                    if (Semantics.jsge64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGE64_X -> {
                    if (Semantics.jsge64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGE32_K -> {
                    if (Semantics.jsge32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSGE32_X -> {
                    if (Semantics.jsge32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLT64_K -> {
                    if (Semantics.jlt64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLT64_X -> {
                    if (Semantics.jlt64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLT32_K -> {
                    if (Semantics.jlt32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLT32_X -> {
                    if (Semantics.jlt32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLE64_K -> {
                    if (Semantics.jle64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLE64_X -> {
                    if (Semantics.jle64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLE32_K -> {
                    if (Semantics.jle32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JLE32_X -> {
                    if (Semantics.jle32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLT64_K -> {
                    if (Semantics.jslt64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLT64_X -> {
                    if (Semantics.jslt64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLT32_K -> {
                    if (Semantics.jslt32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLT32_X -> {
                    if (Semantics.jslt32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLE64_K -> {
                    if (Semantics.jsle64(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLE64_X -> {
                    if (Semantics.jsle64(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLE32_K -> {
                    if (Semantics.jsle32(r[d], imm)) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }
                case Op.JSLE32_X -> {
                    if (Semantics.jsle32(r[d], r[s])) {
                        count += pc - seg;
                        if (count > budget) {
                            throw budgetExhausted(run, budget);
                        }
                        pc = seg = offs[i];
                    }
                }                case Op.NEG64 -> r[d] = Semantics.neg64(r[d]);
                case Op.NEG32 -> r[d] = Semantics.neg32(r[d]);
                case Op.MOVSX64 -> r[d] = Semantics.sext(r[s], (int) imm);
                case Op.MOVSX32 -> r[d] = Semantics.sext32(r[s], (int) imm);
                case Op.ADDR_SPACE_CAST -> r[d] = addrSpaceCast(r[s], (int) imm);
                case Op.LE -> r[d] = Semantics.le(r[d], (int) imm);
                case Op.SWAP -> r[d] = Semantics.swap(r[d], (int) imm);
                case Op.LDX_B -> r[d] = mem.load8(r[s] + offs[i]);
                case Op.LDX_H -> r[d] = mem.load16(r[s] + offs[i]);
                case Op.LDX_W -> r[d] = mem.load32(r[s] + offs[i]);
                case Op.LDX_DW -> r[d] = mem.load64(r[s] + offs[i]);
                case Op.LDXS_B -> r[d] = Semantics.sext(mem.load8(r[s] + offs[i]), 8);
                case Op.LDXS_H -> r[d] = Semantics.sext(mem.load16(r[s] + offs[i]), 16);
                case Op.LDXS_W -> r[d] = Semantics.sext(mem.load32(r[s] + offs[i]), 32);
                case Op.STX_B -> mem.store8(r[d] + offs[i], r[s]);
                case Op.STX_H -> mem.store16(r[d] + offs[i], r[s]);
                case Op.STX_W -> mem.store32(r[d] + offs[i], r[s]);
                case Op.STX_DW -> mem.store64(r[d] + offs[i], r[s]);
                case Op.ST_B -> mem.store8(r[d] + offs[i], imm);
                case Op.ST_H -> mem.store16(r[d] + offs[i], imm);
                case Op.ST_W -> mem.store32(r[d] + offs[i], imm);
                case Op.ST_DW -> mem.store64(r[d] + offs[i], imm);
                case Op.ATOMIC -> Semantics.atomic(mem, r, d, s, offs[i], w >>> 16, (int) imm);
                case Op.LDDW -> r[d] = wides[i];
                case Op.LD_ABS, Op.LD_IND -> {
                    long v = run.legacyPacketLoad((w & 0xff) == Op.LD_IND ? (int) r[s] + (int) imm : (int) imm, w >>> 16);
                    if (v < 0) {
                        // kernel: an out-of-bounds LD_ABS/LD_IND ends the program with r0 = 0.
                        run.insns = count + pc - seg;
                        return finish(run, tracer, r, 0);
                    }
                    r[0] = v;
                }
                case Op.JA -> {
                    count += pc - seg;
                    if (count > budget) {
                        throw budgetExhausted(run, budget);
                    }
                    pc = seg = offs[i];
                }
                case Op.MAY_GOTO -> {
                    if (run.mayGoto[depth] == 0) {
                        count += pc - seg;
                        pc = seg = offs[i];
                    } else {
                        run.mayGoto[depth]--;
                    }
                }
                case Op.CALL, Op.CALLX -> {
                    long callee = (w & 0xff) == Op.CALL ? imm : r[d];
                    count += pc - seg;
                    seg = pc;
                    if ((w & 0xff) == Op.CALLX && Vm.isCodeAddress(callee)) {
                        int entry = Vm.codeIndex(callee);
                        if (entry < 0 || entry >= x.program().size()) {
                            throw BpfFault.of(BpfFault.Kind.BAD_CALL,
                                    "callx to instruction " + entry + " outside the program");
                        }
                        depth = enter(run, r, depth, x, pc);
                        pc = seg = entry;
                        continue;
                    }
                    run.insns = count;
                    run.callingFrom(x, depth);
                    r[0] = run.callHelper(callee, r[1], r[2], r[3], r[4], r[5]);
                    count = run.insns;
                    if (run.takeStop()) {
                        if (r[11] != 0) {
                            // The compiled frames below a resumed one end too.
                            run.stop();
                        }
                        return finish(run, tracer, r, r[0]);
                    }
                    Executable next = run.takeTailCall();
                    if (next != null) {
                        x = next;
                        code = x.code;
                        offs = x.offs;
                        wides = x.wides;
                        r[1] = run.tailCallContext;
                        run.mayGoto[depth] = MAY_GOTO_BUDGET;
                        pc = seg = 0;
                    }
                }
                case Op.CALL_LOCAL -> {
                    count += pc - seg;
                    depth = enter(run, r, depth, x, pc);
                    pc = seg = offs[i];
                }
                case Op.CALL_KFUNC -> throw BpfFault.of(BpfFault.Kind.UNSUPPORTED,
                        "kfunc call (btf id " + imm + ") needs the kernel's BTF; bpflab cannot run kfuncs");
                case Op.EXIT -> {
                    count += pc - seg;
                    if (depth == baseDepth) {
                        run.insns = count;
                        if (r[11] != 0) {
                            System.arraycopy(r, 1, run.resumed, 1, 5);
                        }
                        return finish(run, tracer, r, r[0]);
                    }
                    depth--;
                    int base = depth * 4;
                    r[6] = run.saved[base];
                    r[7] = run.saved[base + 1];
                    r[8] = run.saved[base + 2];
                    r[9] = run.saved[base + 3];
                    r[10] = run.vm.frameTop(depth);
                    pc = seg = run.returnPc[depth];
                    if (run.returnTo[depth] != x) {
                        x = run.returnTo[depth];
                        code = x.code;
                        offs = x.offs;
                        wides = x.wides;
                    }
                }
                case Op.FELL_OFF -> throw BpfFault.of(BpfFault.Kind.BAD_CALL,
                        "execution fell off the end of the program (the last instruction is not exit or a jump)");
                default -> throw new IllegalStateException("opcode " + (w & 0xff) + " not pre-decoded");
                }
            }
        } catch (BpfFault f) {
            if (tracer != null) {
                tracer.exit(r);
            }
            run.insns = f.kind() == BpfFault.Kind.BUDGET ? budget : count + Math.max(0, i + 1 - seg);
            throw f.at(x.slots[i]);
        }
    }

    private static BpfFault budgetExhausted(Run run, long budget) {
        return BpfFault.of(BpfFault.Kind.BUDGET, "instruction budget of " + budget
                + " exhausted (a runaway loop? raise it with --max-insns)");
    }

    private static long finish(Run run, Tracer tracer, long[] r, long r0) {
        if (tracer != null) {
            tracer.exit(r);
        }
        return r0;
    }

    /** A bpf-to-bpf call: r6-r9 saved for the caller, a fresh frame and r10 for the callee. */
    private static int enter(Run run, long[] r, int depth, Executable x, int returnPc) {
        if (depth + 1 >= MAX_FRAMES) {
            throw BpfFault.of(BpfFault.Kind.CALL_DEPTH, "call depth exceeds " + MAX_FRAMES + " frames (kernel: MAX_CALL_FRAMES)");
        }
        int base = depth * 4;
        run.saved[base] = r[6];
        run.saved[base + 1] = r[7];
        run.saved[base + 2] = r[8];
        run.saved[base + 3] = r[9];
        run.returnPc[depth] = returnPc;
        run.returnTo[depth] = x;
        depth++;
        run.enterFrame(depth);
        r[10] = run.vm.frameTop(depth);
        run.mayGoto[depth] = MAY_GOTO_BUDGET;
        return depth;
    }

    /**
     * addr_space_cast (Linux 6.9): to address space 1 keeps the low 32 bits (kernel: the
     * verifier rewrites it to a 32-bit move); from an arena back to a kernel pointer needs
     * an arena map, which the emulated machine does not have.
     */
    static long addrSpaceCast(long v, int spaces) {
        int dstAs = spaces >>> 16;
        int srcAs = spaces & 0xffff;
        if (dstAs == 1 && srcAs == 0) {
            return Semantics.zext32((int) v);
        }
        if (dstAs == srcAs) {
            return v;
        }
        throw BpfFault.of(BpfFault.Kind.UNSUPPORTED,
                "addr_space_cast(" + srcAs + " -> " + dstAs + ") needs a BPF arena, which bpflab does not emulate");
    }
}
