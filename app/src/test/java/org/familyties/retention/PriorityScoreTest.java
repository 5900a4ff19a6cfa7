package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Default weights: window W = 40, since last contact S = 25, move M = 15, custody C = 20, per failed attempt
 * F = 4, gatekeeper G = 5, stale after 180 days. The window runs 1 February to 31 March 2026.
 */
class PriorityScoreTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 2, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
    private static final PriorityWeights DEFAULTS = PriorityWeights.defaults();

    private static TracingSituation neverReached(LocalDate today) {
        return new TracingSituation(today, OPENS, CLOSES, null, null, Set.of(ChannelKind.POST, ChannelKind.PHONE),
                false, false, 0, false);
    }

    private static TracingSituation reached(LocalDate today, LocalDate last, ChannelKind channel,
                                            Set<ChannelKind> valid, int failures, boolean gatekeeper) {
        return new TracingSituation(today, OPENS, CLOSES, last, channel, valid, false, false, failures, gatekeeper);
    }

    @Test
    void neverReachedWithNoAttemptsScoresTheWindowAndStaleness() {
        // closes in 30 days: 40 · (1/4 + 3/4 · 7/37) = 15.6757 → 15.7; never reached: 25; total 40.7
        TracingPriority p = PriorityScore.score(neverReached(LocalDate.of(2026, 3, 1)), DEFAULTS);

        assertThat(p.reasons()).containsExactly(
                new PriorityReason("windowCloses", 15.7, List.of(30L)),
                new PriorityReason("neverReached", 25.0, List.of()));
        assertThat(p.score()).isEqualTo(40.7);
        // no channel has worked yet: the first valid one in the preference order, phone before post
        assertThat(p.suggestedChannel()).isEqualTo(ChannelKind.PHONE);
        assertThat(p.suggestionCode()).isEqualTo("preferred");
    }

    @Test
    void aWindowClosingTodayIsMostUrgentThenSoonerThenNotYetOpenThenClosed() {
        TracingPriority today = PriorityScore.score(neverReached(CLOSES), DEFAULTS);
        TracingPriority in30 = PriorityScore.score(neverReached(LocalDate.of(2026, 3, 1)), DEFAULTS);
        TracingPriority notOpen = PriorityScore.score(neverReached(LocalDate.of(2026, 1, 25)), DEFAULTS);
        TracingPriority closed = PriorityScore.score(neverReached(LocalDate.of(2026, 4, 3)), DEFAULTS);

        // closes today: the full 40; opens in 7 days: 40/4 · 7/14 = 5; closed 3 days ago: 0, said so
        assertThat(today.reasons().get(0)).isEqualTo(new PriorityReason("windowClosesToday", 40.0, List.of()));
        assertThat(today.score()).isEqualTo(65.0);
        assertThat(notOpen.reasons().get(0)).isEqualTo(new PriorityReason("windowNotOpen", 5.0, List.of(7L)));
        assertThat(notOpen.score()).isEqualTo(30.0);
        assertThat(closed.reasons().get(0)).isEqualTo(new PriorityReason("windowClosed", 0.0, List.of(3L)));
        assertThat(closed.score()).isEqualTo(25.0);
        assertThat(List.of(today.score(), in30.score(), notOpen.score(), closed.score())).isSortedAccordingTo(
                (a, b) -> Double.compare(b, a));
    }

    @Test
    void stalenessGrowsUntilTheStalePeriodAndThenStops() {
        LocalDate today = LocalDate.of(2026, 3, 31);
        Set<ChannelKind> phone = Set.of(ChannelKind.PHONE);
        // 90 of 180 days: 12.5; 240 days: capped at 25
        assertThat(PriorityScore.score(reached(today, today.minusDays(90), ChannelKind.PHONE, phone, 0, false),
                DEFAULTS).reasons()).contains(new PriorityReason("notReachedFor", 12.5, List.of(90L)));
        TracingPriority longAgo = PriorityScore.score(reached(today, today.minusDays(240), ChannelKind.PHONE, phone,
                0, false), DEFAULTS);
        assertThat(longAgo.reasons()).contains(new PriorityReason("notReachedFor", 25.0, List.of(240L)));
        assertThat(longAgo.suggestedChannel()).isEqualTo(ChannelKind.PHONE);
        assertThat(longAgo.suggestionCode()).isEqualTo("lastSuccessful");
    }

    @Test
    void custodySuggestsThePrison() {
        TracingSituation s = new TracingSituation(CLOSES, OPENS, CLOSES, CLOSES.minusDays(10), ChannelKind.PHONE,
                Set.of(ChannelKind.PHONE), true, true, 0, false);

        TracingPriority p = PriorityScore.score(s, DEFAULTS);

        assertThat(p.suggestedChannel()).isEqualTo(ChannelKind.PRISON);
        assertThat(p.suggestionCode()).isEqualTo("prison");
        // 40 + 25 · 10/180 = 1.4 + move 15 + custody 20
        assertThat(p.reasons()).contains(new PriorityReason("inCustody", 20.0, List.of()),
                new PriorityReason("movedRecently", 15.0, List.of(90)));
        assertThat(p.score()).isEqualTo(76.4);
    }

    @Test
    void threeFailedAttemptsSwitchToTheGatekeeperOrAnotherChannel() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        Set<ChannelKind> valid = Set.of(ChannelKind.PHONE, ChannelKind.EMAIL, ChannelKind.ALTERNATIVE_CONTACT);

        TracingPriority withGatekeeper = PriorityScore.score(
                reached(today, today.minusDays(18), ChannelKind.PHONE, valid, 3, true), DEFAULTS);
        assertThat(withGatekeeper.suggestedChannel()).isEqualTo(ChannelKind.ALTERNATIVE_CONTACT);
        assertThat(withGatekeeper.suggestionCode()).isEqualTo("gatekeeper");
        // 15.7 + 25 · 18/180 = 2.5 + 3 · 4 = 12 + 5
        assertThat(withGatekeeper.reasons()).contains(new PriorityReason("failedAttempts", 12.0, List.of(3)),
                new PriorityReason("gatekeeper", 5.0, List.of()));
        assertThat(withGatekeeper.score()).isEqualTo(35.2);

        TracingPriority without = PriorityScore.score(
                reached(today, today.minusDays(18), ChannelKind.PHONE, valid, 3, false), DEFAULTS);
        assertThat(without.suggestedChannel()).isEqualTo(ChannelKind.EMAIL);
        assertThat(without.suggestionCode()).isEqualTo("switch");

        TracingPriority twoFailures = PriorityScore.score(
                reached(today, today.minusDays(18), ChannelKind.PHONE, valid, 2, false), DEFAULTS);
        assertThat(twoFailures.suggestedChannel()).isEqualTo(ChannelKind.PHONE);

        // failures count at most five times
        assertThat(PriorityScore.score(reached(today, today, ChannelKind.PHONE, valid, 9, false), DEFAULTS)
                .reasons()).contains(new PriorityReason("failedAttempts", 20.0, List.of(9)));
    }

    @Test
    void aDeadChannelIsReplacedAndWithNoChannelLeftTheParticipantNeedsTracing() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        TracingPriority dead = PriorityScore.score(
                reached(today, today.minusDays(5), ChannelKind.POST, Set.of(ChannelKind.EMAIL), 0, false), DEFAULTS);
        assertThat(dead.suggestedChannel()).isEqualTo(ChannelKind.EMAIL);
        assertThat(dead.suggestionCode()).isEqualTo("switch");

        TracingPriority none = PriorityScore.score(
                reached(today, today.minusDays(5), ChannelKind.POST, Set.of(), 0, false), DEFAULTS);
        assertThat(none.suggestedChannel()).isNull();
        assertThat(none.suggestionCode()).isEqualTo("noChannel");

        TracingPriority onlyChannel = PriorityScore.score(
                reached(today, today.minusDays(5), ChannelKind.POST, Set.of(ChannelKind.POST), 4, false), DEFAULTS);
        assertThat(onlyChannel.suggestedChannel()).isEqualTo(ChannelKind.POST);
        assertThat(onlyChannel.suggestionCode()).isEqualTo("retry");
    }

    @Test
    void weightsChangeTheOrder() {
        LocalDate closing = CLOSES;
        // A: window closes today, reached 10 days ago; B: closes in 30 days, never reached, moved recently
        TracingSituation a = reached(closing, closing.minusDays(10), ChannelKind.PHONE, Set.of(ChannelKind.PHONE),
                0, false);
        TracingSituation b = new TracingSituation(LocalDate.of(2026, 3, 1), OPENS, CLOSES, null, null,
                Set.of(ChannelKind.PHONE), true, false, 0, false);
        // defaults: A = 40 + 1.4 = 41.4, B = 15.7 + 25 + 15 = 55.7
        assertThat(PriorityScore.score(a, DEFAULTS).score()).isEqualTo(41.4);
        assertThat(PriorityScore.score(b, DEFAULTS).score()).isEqualTo(55.7);
        // window weight 100: A = 100 + 1.4 = 101.4, B = 100 · 0.391892 = 39.2 + 25 + 15 = 79.2
        PriorityWeights urgent = new PriorityWeights(100, 25, 15, 20, 4, 5, 90, 180);
        assertThat(PriorityScore.score(a, urgent).score()).isEqualTo(101.4);
        assertThat(PriorityScore.score(b, urgent).score()).isEqualTo(79.2);
    }

    @Test
    void invalidWeightsGiveProblems() {
        assertThat(DEFAULTS.problems()).isEmpty();
        assertThat(new PriorityWeights(-1, Double.NaN, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 30).problems())
                .containsExactly("retention.priority.weights.windowUrgency",
                        "retention.priority.weights.sinceLastContact", "retention.priority.weights.failedAttempts",
                        "retention.priority.weights.recentMoveDays");
        assertThat(new PriorityWeights(0, 0, 0, 0, 0, 0, 1, 1).problems())
                .containsExactly("retention.priority.weights.allZero");
    }

    @Test
    void everyReasonSuggestionAndProblemHasAMessage() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> keys = new ArrayList<>();
        for (String code : List.of("windowClosesToday", "windowCloses", "windowNotOpen", "windowClosed",
                "neverReached", "notReachedFor", "movedRecently", "inCustody", "failedAttempts", "gatekeeper")) {
            keys.add("retention.priority.reason." + code);
        }
        for (String code : List.of("prison", "gatekeeper", "switch", "retry", "lastSuccessful", "preferred",
                "noChannel")) {
            keys.add("retention.priority.suggestion." + code);
        }
        keys.addAll(new PriorityWeights(-1, -1, -1, -1, -1, -1, 0, 0).problems());
        keys.add("retention.priority.weights.allZero");
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
        String failed = new MessageFormat(messages.getProperty("retention.priority.reason.failedAttempts"),
                Locale.UK).format(new Object[] {3});
        assertThat(failed).isEqualTo("3 failed attempts in a row");
    }
}
