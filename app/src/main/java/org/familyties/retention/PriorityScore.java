package org.familyties.retention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tracing worklist priority: a transparent additive score. Each component that applies adds its points and a
 * {@link PriorityReason} saying why; the score is the sum of the reasons' points (each rounded to 0.1). With
 * weights W (window urgency), S (since last contact), M (recent move), C (custody), F (failed attempts) and
 * G (gatekeeper):
 * <ul>
 *   <li>window open, closing in d ≥ 0 days: W·(1/4 + 3/4·7/(7 + d)) — W on the closing day, 0.625·W a week
 *   before, 0.39·W a month before;</li>
 *   <li>window not yet open, opening in u ≥ 1 days: W/4·7/(7 + u), always below any open window;</li>
 *   <li>window closed: 0 points, with a reason saying so (and no window at all: nothing);</li>
 *   <li>never reached: S; otherwise S·min(1, days since the last successful contact / staleContactDays);</li>
 *   <li>moved recently (within recentMoveDays, decided by the caller): M; in custody: C;</li>
 *   <li>failed attempts in a row: F per attempt, counting at most {@value #MAX_COUNTED_ATTEMPTS};</li>
 *   <li>gatekeeper available: G.</li>
 * </ul>
 * The suggested channel: in custody → PRISON; after {@value #SWITCH_AFTER_FAILURES} or more failed attempts in a
 * row, or when the last successful channel is no longer valid, switch: ALTERNATIVE_CONTACT when a gatekeeper is
 * available, otherwise the first other valid channel in {@link #PREFERENCE}, otherwise retry the last channel if
 * it is still valid; otherwise the last successful channel while it is valid; otherwise the first valid channel in
 * {@link #PREFERENCE}; with no valid channel, ALTERNATIVE_CONTACT when a gatekeeper is available, else no channel
 * (null, code {@code noChannel}: the participant must be traced afresh).
 */
public final class PriorityScore {

    /**
     * Channels in order of preference when there is nothing better to go on: the quick and cheap ways to reach the
     * participant themselves first, a home visit next, a third party last.
     */
    public static final List<ChannelKind> PREFERENCE = List.of(ChannelKind.PHONE, ChannelKind.EMAIL,
            ChannelKind.SOCIAL_MEDIA, ChannelKind.POST, ChannelKind.HOME_VISIT, ChannelKind.ALTERNATIVE_CONTACT,
            ChannelKind.PRISON);
    public static final int SWITCH_AFTER_FAILURES = 3;
    static final int MAX_COUNTED_ATTEMPTS = 5;
    private static final double URGENCY_DAYS = 7;

    private PriorityScore() {
    }

    public static TracingPriority score(TracingSituation situation, PriorityWeights weights) {
        List<PriorityReason> reasons = new ArrayList<>();
        window(situation, weights, reasons);
        lastContact(situation, weights, reasons);
        if (situation.movedRecently()) {
            reasons.add(reason("movedRecently", weights.recentMove(), weights.recentMoveDays()));
        }
        if (situation.inCustody()) {
            reasons.add(reason("inCustody", weights.custody()));
        }
        if (situation.failedAttemptsInARow() > 0) {
            int counted = Math.min(situation.failedAttemptsInARow(), MAX_COUNTED_ATTEMPTS);
            reasons.add(reason("failedAttempts", weights.failedAttempts() * counted, situation.failedAttemptsInARow()));
        }
        if (situation.gatekeeperAvailable()) {
            reasons.add(reason("gatekeeper", weights.gatekeeper()));
        }
        double score = Math.round(reasons.stream().mapToDouble(PriorityReason::points).sum() * 10) / 10.0;
        Suggestion suggestion = suggest(situation);
        return new TracingPriority(score, List.copyOf(reasons), suggestion.channel(), suggestion.code());
    }

    private static void window(TracingSituation s, PriorityWeights w, List<PriorityReason> reasons) {
        if (s.windowOpens() == null || s.windowCloses() == null) {
            return;
        }
        if (s.today().isAfter(s.windowCloses())) {
            reasons.add(reason("windowClosed", 0, days(s.windowCloses(), s.today())));
        } else if (s.today().isBefore(s.windowOpens())) {
            long u = days(s.today(), s.windowOpens());
            reasons.add(reason("windowNotOpen", w.windowUrgency() / 4 * URGENCY_DAYS / (URGENCY_DAYS + u), u));
        } else {
            long d = days(s.today(), s.windowCloses());
            double points = w.windowUrgency() * (0.25 + 0.75 * URGENCY_DAYS / (URGENCY_DAYS + d));
            reasons.add(d == 0 ? reason("windowClosesToday", points) : reason("windowCloses", points, d));
        }
    }

    private static void lastContact(TracingSituation s, PriorityWeights w, List<PriorityReason> reasons) {
        if (s.lastSuccessfulContact() == null) {
            reasons.add(reason("neverReached", w.sinceLastContact()));
            return;
        }
        long days = Math.max(0, days(s.lastSuccessfulContact(), s.today()));
        if (days > 0) {
            double share = Math.min(1, (double) days / w.staleContactDays());
            reasons.add(reason("notReachedFor", w.sinceLastContact() * share, days));
        }
    }

    private record Suggestion(ChannelKind channel, String code) {
    }

    private static Suggestion suggest(TracingSituation s) {
        Set<ChannelKind> valid = s.validChannels() == null ? Set.of() : s.validChannels();
        ChannelKind last = s.lastSuccessfulChannel();
        if (s.inCustody()) {
            return new Suggestion(ChannelKind.PRISON, "prison");
        }
        boolean lastDead = last != null && !valid.contains(last);
        if (s.failedAttemptsInARow() >= SWITCH_AFTER_FAILURES || lastDead) {
            if (s.gatekeeperAvailable()) {
                return new Suggestion(ChannelKind.ALTERNATIVE_CONTACT, "gatekeeper");
            }
            for (ChannelKind channel : PREFERENCE) {
                if (channel != last && channel != ChannelKind.PRISON && valid.contains(channel)) {
                    return new Suggestion(channel, "switch");
                }
            }
            if (!lastDead && last != null) {
                return new Suggestion(last, "retry");
            }
        } else if (last != null) {
            return new Suggestion(last, "lastSuccessful");
        }
        for (ChannelKind channel : PREFERENCE) {
            if (channel != ChannelKind.PRISON && valid.contains(channel)) {
                return new Suggestion(channel, "preferred");
            }
        }
        if (s.gatekeeperAvailable()) {
            return new Suggestion(ChannelKind.ALTERNATIVE_CONTACT, "gatekeeper");
        }
        return new Suggestion(null, "noChannel");
    }

    private static PriorityReason reason(String code, double points, Object... arguments) {
        return new PriorityReason(code, Math.round(points * 10) / 10.0, List.of(arguments));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
