package io.bpflab.asm;

import io.bpflab.isa.elf.Elf;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.elf.MapDef;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The directives clang emits (DESIGN 3) and bpflab's {@code .map}, with llvm-mc's section defaults. */
final class Directives {

    private Directives() {
    }



    static void apply(SourceAssembler asm, Token name, List<DirectiveArg> args) {
        String d = name.image;
        switch (d) {
            case ".text" -> asm.switchSection(".text", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, 0, name);
            case ".data" -> asm.switchSection(".data", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 0, name);
            case ".bss" -> asm.switchSection(".bss", Elf.SHT_NOBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 0, name);
            case ".section" -> section(asm, name, args);
            case ".pushsection" -> {
                asm.pushSection();
                section(asm, name, args);
            }
            case ".popsection" -> asm.popSection(name);
            case ".previous" -> asm.previousSection();
            case ".globl", ".global" -> bind(asm, args, Elf.STB_GLOBAL);
            case ".weak" -> bind(asm, args, Elf.STB_WEAK);
            case ".local" -> bind(asm, args, Elf.STB_LOCAL);
            case ".hidden" -> visibility(asm, args, Elf.STV_HIDDEN);
            case ".protected" -> visibility(asm, args, Elf.STV_PROTECTED);
            case ".internal" -> visibility(asm, args, Elf.STV_INTERNAL);
            case ".type" -> type(asm, name, args);
            case ".size" -> {
                need(name, args, 2);
                asm.symbol(symbolName(args.get(0))).size = asm.here(value(args.get(1)));
            }
            case ".p2align", ".p2alignw", ".p2alignl" -> {
                long n = constant(asm, args, name, 0);
                if (n < 0 || n > 16) {
                    throw new SemanticError(args.get(0).start(), "alignment 2^" + n + " is out of range");
                }
                asm.align(1L << n, args.size() > 1 ? (int) constant(asm, args, name, 1) : 0);
            }
            case ".align", ".balign" -> {
                long n = constant(asm, args, name, 0);
                if (n <= 0 || Long.bitCount(n) != 1) {
                    throw new SemanticError(args.get(0).start(), "alignment must be a power of 2, not " + n);
                }
                asm.align(n, args.size() > 1 ? (int) constant(asm, args, name, 1) : 0);
            }
            case ".byte" -> data(asm, name, args, 1);
            case ".short", ".2byte", ".hword", ".value" -> data(asm, name, args, 2);
            case ".long", ".4byte", ".int" -> data(asm, name, args, 4);
            case ".quad", ".8byte" -> data(asm, name, args, 8);
            case ".ascii", ".asciz", ".string" -> {
                for (DirectiveArg a : args) {
                    if (!(a instanceof DirectiveArg.Text t)) {
                        throw new SemanticError(a.start(), "expected a string");
                    }
                    asm.bytes(t.bytes());
                    if (!d.equals(".ascii")) {
                        asm.bytes(new byte[1]);
                    }
                }
            }
            case ".zero", ".space", ".skip" -> {
                long n = constant(asm, args, name, 0);
                if (n < 0 || n > (1 << 28)) {
                    throw new SemanticError(args.get(0).start(), "size " + n + " is out of range");
                }
                asm.fillFragment(n, args.size() > 1 ? (int) constant(asm, args, name, 1) : 0);
            }
            case ".file" -> {
                if (args.size() == 1 && args.get(0) instanceof DirectiveArg.Text t) {
                    asm.fileSymbol(new String(t.bytes(), StandardCharsets.UTF_8));
                }
            }
            case ".uleb128", ".sleb128" -> {
                for (DirectiveArg a : args) {
                    asm.leb128(value(a), d.equals(".sleb128"));
                }
            }
            case ".ident" -> {
                need(name, args, 1);
                if (!(args.get(0) instanceof DirectiveArg.Text t)) {
                    throw new SemanticError(args.get(0).start(), "expected a string");
                }
                asm.ident(t.bytes());
            }
            case ".addrsig" -> asm.addrsig();
            case ".addrsig_sym" -> {
                need(name, args, 1);
                asm.addrsigSym(symbolName(args.get(0)));
            }
            case ".map" -> map(asm, name, args);
            case ".comm", ".lcomm" -> {
                need(name, args, 2);
                Token sym = symbolName(args.get(0));
                long size = constant(asm, args, name, 1);
                long align = args.size() > 2 ? constant(asm, args, name, 2) : 1;
                if (size < 0 || size > (1 << 28) || align <= 0 || Long.bitCount(align) != 1) {
                    throw new SemanticError(args.get(1).start(), "invalid size or alignment of common symbol");
                }
                asm.common(sym, size, align, d.equals(".lcomm"));
            }
            default -> throw new SemanticError(name, "unknown directive '" + d + "'");
        }
    }

    private static void need(Token name, List<DirectiveArg> args, int n) {
        if (args.size() < n) {
            throw new SemanticError(name, name.image + " takes " + n + " argument" + (n == 1 ? "" : "s"));
        }
    }

    private static long constant(SourceAssembler asm, List<DirectiveArg> args, Token name, int i) {
        need(name, args, i + 1);
        Expr e = value(args.get(i));
        Expr.Value v = Expr.fold(e, asm);
        if (!v.isConstant()) {
            throw new SemanticError(e.start(), "expected a constant expression");
        }
        return v.addend();
    }

    private static Expr value(DirectiveArg a) {
        if (a instanceof DirectiveArg.Value v) {
            return v.value();
        }
        throw new SemanticError(a.start(), "expected an expression, found '" + a.start().image + "'");
    }

    private static Token symbolName(DirectiveArg a) {
        if (a instanceof DirectiveArg.Value(Expr.Symbol s)) {
            return s.start();
        }
        throw new SemanticError(a.start(), "expected a symbol name, found '" + a.start().image + "'");
    }

    private static void data(SourceAssembler asm, Token name, List<DirectiveArg> args, int bytes) {
        for (DirectiveArg a : args) {
            asm.data(value(a), bytes);
        }
    }

    private static void bind(SourceAssembler asm, List<DirectiveArg> args, int bind) {
        for (DirectiveArg a : args) {
            SourceAssembler.SymbolState s = asm.symbol(symbolName(a));
            s.bind = bind;
            s.bindSet = true;
        }
    }

    private static void visibility(SourceAssembler asm, List<DirectiveArg> args, int vis) {
        for (DirectiveArg a : args) {
            asm.symbol(symbolName(a)).visibility = vis;
        }
    }

    private static void type(SourceAssembler asm, Token name, List<DirectiveArg> args) {
        need(name, args, 2);
        SourceAssembler.SymbolState s = asm.symbol(symbolName(args.get(0)));
        String t = args.get(1) instanceof DirectiveArg.Type ty ? ty.name().image
                : args.get(1) instanceof DirectiveArg.Text tx ? new String(tx.bytes(), StandardCharsets.UTF_8) : "";
        s.type = switch (t) {
            case "function", "STT_FUNC" -> Elf.STT_FUNC;
            case "object", "STT_OBJECT" -> Elf.STT_OBJECT;
            case "notype", "STT_NOTYPE" -> Elf.STT_NOTYPE;
            default -> throw new SemanticError(args.get(1).start(), "unknown symbol type '" + t + "'");
        };
    }

    private static void section(SourceAssembler asm, Token name, List<DirectiveArg> args) {
        need(name, args, 1);
        String sec = switch (args.get(0)) {
            case DirectiveArg.Text t -> new String(t.bytes(), StandardCharsets.UTF_8);
            case DirectiveArg.Value(Expr.Symbol s) -> s.name();
            default -> sectionNameFromTokens(args.get(0));
        };
        long flags = defaultFlags(sec);
        int type = defaultType(sec);
        long entSize = 0;
        if (args.size() > 1) {
            if (!(args.get(1) instanceof DirectiveArg.Text f)) {
                throw new SemanticError(args.get(1).start(), "expected section flags in quotes");
            }
            flags = flags(f);
            if (args.size() > 2) {
                if (!(args.get(2) instanceof DirectiveArg.Type ty)) {
                    throw new SemanticError(args.get(2).start(), "expected a section type such as @progbits");
                }
                type = switch (ty.name().image) {
                    case "progbits" -> Elf.SHT_PROGBITS;
                    case "nobits" -> Elf.SHT_NOBITS;
                    case "note" -> Elf.SHT_NOTE;
                    case "init_array" -> Elf.SHT_INIT_ARRAY;
                    case "fini_array" -> Elf.SHT_FINI_ARRAY;
                    case "preinit_array" -> Elf.SHT_PREINIT_ARRAY;
                    case "llvm_addrsig" -> Elf.SHT_LLVM_ADDRSIG;
                    default -> throw new SemanticError(ty.name(), "unknown section type '" + ty.name().image + "'");
                };
                if (args.size() > 3) {
                    entSize = constant(asm, args, name, 3);
                }
            }
        }
        asm.switchSection(sec, type, flags, entSize, name);
    }

    private static String sectionNameFromTokens(DirectiveArg a) {
        StringBuilder sb = new StringBuilder();
        appendExpr(sb, value(a));
        return sb.toString();
    }

    /** {@code .section kprobe/sys_open} without quotes: the tokens as written. */
    private static void appendExpr(StringBuilder sb, Expr e) {
        switch (e) {
            case Expr.Symbol s -> sb.append(s.name());
            case Expr.Num n -> sb.append(n.start().image);
            case Expr.Unary u -> {
                sb.append(u.start().image);
                appendExpr(sb, u.operand());
            }
            case Expr.Binary b -> {
                appendExpr(sb, b.left());
                sb.append(b.op().image);
                appendExpr(sb, b.right());
            }
        }
    }

    private static long flags(DirectiveArg.Text t) {
        long flags = 0;
        for (byte c : t.bytes()) {
            flags |= switch (c) {
                case 'a' -> Elf.SHF_ALLOC;
                case 'w' -> Elf.SHF_WRITE;
                case 'x' -> Elf.SHF_EXECINSTR;
                case 'M' -> Elf.SHF_MERGE;
                case 'S' -> Elf.SHF_STRINGS;
                case 'T' -> Elf.SHF_TLS;
                case 'G' -> Elf.SHF_GROUP;
                case 'e' -> Elf.SHF_EXCLUDE;
                default -> throw new SemanticError(t.start(), "unknown section flag '" + (char) c + "'");
            };
        }
        return flags;
    }

    /** llvm-mc's flags for a section named without flags (ELFAsmParser, by name prefix). */
    private static long defaultFlags(String name) {
        if (name.equals(".text") || name.startsWith(".text.")) {
            return Elf.SHF_ALLOC | Elf.SHF_EXECINSTR;
        }
        if (name.equals(".data") || name.startsWith(".data.") || name.equals(".bss") || name.startsWith(".bss.")) {
            return Elf.SHF_ALLOC | Elf.SHF_WRITE;
        }
        if (name.equals(".rodata") || name.startsWith(".rodata.")) {
            return Elf.SHF_ALLOC;
        }
        return 0;
    }

    private static int defaultType(String name) {
        if (name.startsWith(".note")) {
            return Elf.SHT_NOTE;
        }
        if (name.equals(".bss") || name.startsWith(".bss.") || name.startsWith(".tbss") || name.startsWith(".sbss")) {
            return Elf.SHT_NOBITS;
        }
        return Elf.SHT_PROGBITS;
    }

    private static void map(SourceAssembler asm, Token name, List<DirectiveArg> args) {
        need(name, args, 2);
        Token mapName = symbolName(args.get(0));
        Token typeTok = symbolName(args.get(1));
        MapType mapType = MapType.byName(typeTok.image).filter(t -> t != MapType.UNSPEC).orElseThrow(() ->
                new SemanticError(typeTok, "unknown map type '" + typeTok.image + "' (expected one of "
                        + java.util.Arrays.stream(MapType.values()).skip(1).map(MapType::shortName)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")"));
        int typeId = mapType.id();
        Map<String, Long> kv = new java.util.HashMap<>();
        for (DirectiveArg a : args.subList(2, args.size())) {
            if (!(a instanceof DirectiveArg.KeyValue(Token key, Expr v))) {
                throw new SemanticError(a.start(), "expected key=, value=, entries= or flags=");
            }
            if (!List.of("key", "value", "entries", "flags").contains(key.image)) {
                throw new SemanticError(key, "unknown map attribute '" + key.image + "' (expected key, value, entries or flags)");
            }
            Expr.Value val = Expr.fold(v, asm);
            if (!val.isConstant() || val.addend() < 0 || val.addend() > 0xffffffffL) {
                throw new SemanticError(v.start(), key.image + " must be a constant from 0 to 4294967295");
            }
            kv.put(key.image, val.addend());
        }
        for (String k : List.of("key", "value", "entries")) {
            if (!kv.containsKey(k)) {
                throw new SemanticError(name, ".map " + mapName.image + " needs " + k + "=");
            }
        }
        asm.declareMap(mapName, new MapDef(mapName.image, mapType.shortName(), typeId, kv.get("key").intValue(),
                kv.get("value").intValue(), kv.get("entries").intValue(), kv.getOrDefault("flags", 0L).intValue()));
    }
}
