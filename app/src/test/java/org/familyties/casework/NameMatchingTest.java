package org.familyties.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameMatchingTest {

    @Test
    void tokensIgnoreCaseAccentsPunctuationAndOrder() {
        assertThat(NameMatching.tokens("Siobhán O'Connor-Hughes")).containsExactly("siobhan", "o", "connor", "hughes");
        assertThat(NameMatching.score(NameMatching.tokens("smith john"), NameMatching.tokens("John Smith"))).isEqualTo(1.0);
    }

    @Test
    void typosCostLittleAndStrangersScoreNothing() {
        assertThat(NameMatching.distance("jonh", "john")).isEqualTo(1);
        assertThat(NameMatching.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameMatching.score(List.of("jon", "smyth"), List.of("john", "smith"))).isGreaterThan(0.7);
        assertThat(NameMatching.score(List.of("smi"), List.of("john", "smith"))).isEqualTo(0.9);
        assertThat(NameMatching.score(List.of("zebedee"), List.of("john", "smith"))).isZero();
    }

    @Test
    void plainNamesSplitOnSpacesAndHyphensLikeAccentedOnes() {
        assertThat(NameMatching.tokens("Mary-Jane  Smith ")).containsExactly("mary", "jane", "smith");
        assertThat(NameMatching.tokens("Mary-Jane  Smith ")).isEqualTo(NameMatching.tokens("Mary-Jane  Smith é").subList(0, 3));
    }

    @Test
    void skippingNamesTooDifferentInLengthChangesNoScore() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 50_000; i++) {
            String a = word(random), b = random.nextBoolean() ? word(random) : typo(a, random);
            int longest = Math.max(a.length(), b.length());
            int allowed = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
            int d = NameMatching.distance(a, b);
            double expected = a.equals(b) ? 1 : b.startsWith(a) && a.length() >= 3 ? 0.9
                    : d > allowed ? 0 : 1 - (double) d / (longest + 1);
            assertThat(NameMatching.similarity(a, b)).as(a + " / " + b).isEqualTo(expected);
            assertThat(NameMatching.distance(a, b, allowed)).as(a + " / " + b).isEqualTo(Math.min(d, allowed + 1));
            assertThat(d).as(a + " / " + b).isEqualTo(fullTable(a, b));
        }
    }

    /** The textbook table, kept whole, as the reference for the early-stopping version. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String word(java.util.Random random) {
        StringBuilder w = new StringBuilder();
        int length = 1 + random.nextInt(12);
        int alphabet = random.nextBoolean() ? 6 : 26; // few letters: near misses; all letters: strangers
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(alphabet)));
        }
        return w.toString();
    }

    private static String typo(String word, java.util.Random random) {
        StringBuilder w = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && w.length() > 1; edits--) {
            int at = random.nextInt(w.length());
            switch (random.nextInt(3)) {
                case 0 -> w.deleteCharAt(at);
                case 1 -> w.insert(at, (char) ('a' + random.nextInt(6)));
                default -> w.setCharAt(at, (char) ('a' + random.nextInt(6)));
            }
        }
        return w.toString();
    }
}
