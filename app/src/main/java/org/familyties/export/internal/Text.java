package org.familyties.export.internal;

import java.nio.charset.StandardCharsets;

public final class Text {

    private Text() {
    }

    /** The longest prefix of {@code s} whose UTF-8 encoding fits in {@code maxBytes}. */
    public static byte[] utf8Prefix(String s, int maxBytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= maxBytes) {
            return b;
        }
        int end = maxBytes;
        // Step back over continuation bytes (10xxxxxx) so a multi-byte character is not split.
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] cut = new byte[end];
        System.arraycopy(b, 0, cut, 0, end);
        return cut;
    }

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
