package org.familyties.shared;

/** Escaping of text written into XML, SVG and HTML that the service builds as strings. */
public final class Xml {

    private Xml() {
    }

    /**
     * The text with {@code & < > " '} escaped and the control characters XML 1.0 forbids left out
     * (tab and line breaks are kept); {@code null} gives an empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
