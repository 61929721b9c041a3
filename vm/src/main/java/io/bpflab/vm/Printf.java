package io.bpflab.vm;

import java.nio.charset.StandardCharsets;

/**
 * The format language of bpf_trace_printk and bpf_snprintf (kernel: bpf_bprintf_prepare):
 * {@code %d %i %u %x %X %c %s %p %%} with {@code l}/{@code ll}/{@code h} length modifiers,
 * flags {@code -0+ #} and a width. {@code %s} reads a string from program memory.
 */
final class Printf {

    private Printf() {
    }

    /** The formatted text, or null for a format the kernel refuses (unknown conversion, too many arguments). */
    static String format(Memory mem, String fmt, long[] args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= fmt.length()) {
                return null;
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-0+ #".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = width * 10 + fmt.charAt(i++) - '0';
            }
            int longs = 0;
            boolean half = false;
            while (i < fmt.length() && (fmt.charAt(i) == 'l' || fmt.charAt(i) == 'h')) {
                if (fmt.charAt(i) == 'l') {
                    longs++;
                } else {
                    half = true;
                }
                i++;
            }
            if (i >= fmt.length() || next >= args.length) {
                return null;
            }
            char conv = fmt.charAt(i);
            long a = args[next++];
            if (longs == 0 && conv != 'p' && conv != 's') {
                a = half ? (conv == 'd' || conv == 'i' ? (short) a : a & 0xffff)
                        : (conv == 'd' || conv == 'i' ? (int) a : a & 0xffffffffL);
            }
            String text = switch (conv) {
                case 'd', 'i' -> Long.toString(a);
                case 'u' -> Long.toUnsignedString(a);
                case 'x' -> (flags.indexOf("#") >= 0 ? "0x" : "") + Long.toHexString(a);
                case 'X' -> (flags.indexOf("#") >= 0 ? "0X" : "") + Long.toHexString(a).toUpperCase(java.util.Locale.ROOT);
                case 'c' -> String.valueOf((char) (a & 0xff));
                case 'p' -> "0x" + Long.toHexString(a);
                case 's' -> string(mem, a);
                default -> null;
            };
            if (text == null) {
                return null;
            }
            if (flags.indexOf("+") >= 0 && (conv == 'd' || conv == 'i') && a >= 0) {
                text = "+" + text;
            }
            if (text.length() < width) {
                String pad = (flags.indexOf("0") >= 0 && flags.indexOf("-") < 0 ? "0" : " ").repeat(width - text.length());
                text = flags.indexOf("-") >= 0 ? text + pad
                        : pad.charAt(0) == '0' && text.startsWith("-") ? "-" + pad + text.substring(1) : pad + text;
            }
            out.append(text);
        }
        return out.toString();
    }

    private static String string(Memory mem, long addr) {
        StringBuilder s = new StringBuilder();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int n = 0; n < 4096; n++) {
            Region r = mem.regionOf(addr + n, 1);
            if (r == null) {
                // kernel: an unreadable string prints as "(efault)".
                return n == 0 ? "(efault)" : b.toString(StandardCharsets.UTF_8);
            }
            byte c = r.data[(int) (addr + n)];
            if (c == 0) {
                break;
            }
            b.write(c);
        }
        s.append(b.toString(StandardCharsets.UTF_8));
        return s.toString();
    }
}
