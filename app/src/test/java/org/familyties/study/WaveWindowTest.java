package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WaveWindowTest {

    @Test
    void aRelativeWindowMovesWithTheEventDate() {
        WaveWindow afterRelease = WaveWindow.relativeTo(LifeEvent.FATHER_RELEASE, 90, 270);
        var planned = afterRelease.forEventDate(LocalDate.of(2026, 1, 10)).orElseThrow();
        var brought = afterRelease.forEventDate(LocalDate.of(2025, 12, 1)).orElseThrow();
        assertThat(planned.start()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(brought.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(brought.end()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(afterRelease.forEventDate(null)).isEmpty();
    }

    @Test
    void anAbsoluteWindowIgnoresEvents() {
        WaveWindow fixed = WaveWindow.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(fixed.forEventDate(null).orElseThrow().contains(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(fixed.forEventDate(LocalDate.of(2020, 1, 1)).orElseThrow().contains(LocalDate.of(2026, 7, 1))).isFalse();
    }
}
