package io.bpflab.asm;

import java.util.HashMap;
import java.util.Map;

/**
 * GNU as local labels, which llvm-mc accepts: {@code 1:} may be defined many times,
 * {@code 1b} names the latest definition before the reference and {@code 1f} the next one
 * after it. Each definition becomes a temporary label {@code .Llocal.N.K} (never in the
 * symbol table, like llvm-mc's {@code .Ltmp} names).
 */
final class LocalLabels {

    private final Map<String, Integer> defined = new HashMap<>();

    static boolean isReference(String image) {
        int n = image.length();
        if (n < 2 || (image.charAt(n - 1) != 'b' && image.charAt(n - 1) != 'f')) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (image.charAt(i) < '0' || image.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The name of the definition {@code N:} at this point. */
    Token define(Token number) {
        int k = defined.merge(number.image, 1, Integer::sum) - 1;
        return renamed(number, ".Llocal." + number.image + "." + k);
    }

    Token reference(Token ref) {
        String n = ref.image.substring(0, ref.image.length() - 1);
        int count = defined.getOrDefault(n, 0);
        boolean back = ref.image.endsWith("b");
        if (back && count == 0) {
            throw new SemanticError(ref, "local label '" + n + "' is not defined before '" + ref.image + "'");
        }
        return renamed(ref, ".Llocal." + n + "." + (back ? count - 1 : count));
    }

    private static Token renamed(Token t, String image) {
        return Token.at(t, AsmParserConstants.IDENT, image);
    }
}
