package org.familyties.casework;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Typo- and order-tolerant name matching: names and queries become lower-case tokens without accents or
 * punctuation; each query token is scored against its best name token by edit distance (with transpositions),
 * and the score is the mean over query tokens, so "smith jon" finds "John Smith".
 */
final class NameMatching {

    private NameMatching() {
    }

    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        if (plainAscii(text)) {
            // most names: no accents or punctuation to remove, so skip the (slow) normalisation and expressions
            List<String> tokens = new ArrayList<>(2);
            String lower = text.toLowerCase(Locale.ROOT);
            int start = 0;
            for (int i = 0; i <= lower.length(); i++) {
                if (i == lower.length() || lower.charAt(i) == ' ' || lower.charAt(i) == '-') {
                    if (i > start) {
                        tokens.add(lower.substring(start, i));
                    }
                    start = i + 1;
                }
            }
            return tokens;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-/ ]", " ");
        List<String> tokens = new ArrayList<>();
        Arrays.stream(plain.split("[\\s-]+")).filter(t -> !t.isBlank()).forEach(tokens::add);
        return tokens;
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** 1 for an exact match, falling with each edit relative to length; 0 when nothing is close. */
    static double score(List<String> query, List<String> name) {
        if (query.isEmpty() || name.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (String q : query) {
            double best = 0;
            for (String n : name) {
                best = Math.max(best, similarity(q, n));
            }
            total += best;
        }
        return total / query.size();
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (b.startsWith(a) && a.length() >= 3) {
            return 0.9;
        }
        int longest = Math.max(a.length(), b.length());
        int allowed = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
        if (Math.abs(a.length() - b.length()) > allowed) {
            return 0; // at least that many insertions or deletions: too far apart without computing the distance
        }
        long inA = letters(a), inB = letters(b);
        if (Math.max(Long.bitCount(inA & ~inB), Long.bitCount(inB & ~inA)) > allowed) {
            return 0; // each letter one name lacks altogether costs at least one edit
        }
        int distance = distance(a, b, allowed);
        return distance > allowed ? 0 : 1 - (double) distance / (longest + 1);
    }

    /** The set of characters of a token as bits (letters and digits apart; anything else shares one bit). */
    private static long letters(String token) {
        long set = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            set |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36);
        }
        return set;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The optimal string alignment distance if it is at most {@code max}, otherwise {@code max + 1}: the rows
     * of the table stop as soon as every cell in one exceeds {@code max}, which is what most names do.
     */
    static int distance(String a, String b, int max) {
        int n = b.length();
        int[] twoBack = new int[n + 1];
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[n], max + 1);
    }
}
