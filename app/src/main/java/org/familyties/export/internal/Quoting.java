package org.familyties.export.internal;

/** Quoting of text for the syntaxes the writers emit. */
public final class Quoting {

    private Quoting() {
    }

    /** SPSS/PSPP string literal: single quotes, embedded quotes doubled, line breaks flattened. */
    public static String spss(String s) {
        return "'" + flatten(s).replace("'", "''") + "'";
    }

    /** R string literal in double quotes with backslash escapes. */
    public static String r(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** CSV field per RFC 4180: quoted only when needed. */
    public static String csv(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String flatten(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
