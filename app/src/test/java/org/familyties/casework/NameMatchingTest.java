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
}
