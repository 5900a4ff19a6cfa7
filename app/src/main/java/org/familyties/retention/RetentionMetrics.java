package org.familyties.retention;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Retention per wave and role. Definitions, per wave and role:
 * <ul>
 *   <li>eligible: outcome neither INELIGIBLE nor DECEASED;</li>
 *   <li>located, contacted: eligible participants with that flag set;</li>
 *   <li>interviewed: COMPLETED or PARTIAL; refused: REFUSED; withdrawn: WITHDRAWN; pending: PENDING;</li>
 *   <li>lost: eligible, resolved (not PENDING) and not interviewed — refused, withdrawn, untraceable or reached but
 *   not interviewed;</li>
 *   <li>retention: interviewed out of (eligible − pending) with the Wilson 95% interval; 0 of 0 gives rate 0 and
 *   the interval 0 to 1;</li>
 *   <li>attempts per interview: the distribution of contact attempts over interviewed participants;</li>
 *   <li>days to interview: interviewedOn − windowOpens in days over interviewed participants with both dates.</li>
 * </ul>
 * An empty distribution has n = 0 and zeros (see {@link Distribution}). Rows come in wave order; within a wave,
 * one per role in alphabetical order, then the row {@value #ALL_ROLES} for every role together.
 */
public final class RetentionMetrics {

    public static final String ALL_ROLES = "all";

    private RetentionMetrics() {
    }

    public static List<RetentionRow> byWaveAndRole(Collection<WaveParticipation> participations) {
        List<RetentionRow> rows = new ArrayList<>();
        byWave(participations).forEach((wave, members) -> {
            Map<String, List<WaveParticipation>> byRole = members.stream()
                    .collect(Collectors.groupingBy(p -> String.valueOf(p.role()), TreeMap::new, Collectors.toList()));
            byRole.forEach((role, list) -> rows.add(row(role, list)));
            rows.add(row(ALL_ROLES, members));
        });
        return rows;
    }

    /**
     * Per wave, among families with at least one eligible member: complete sets (every eligible member
     * interviewed), dyads (exactly two interviewed, not all), singles (exactly one, not all) and none. A family
     * with three or more but not all eligible members interviewed counts among the families only. Pending members
     * count as not interviewed; participations without a family code are left out.
     */
    public static List<FamilySetRow> familySets(Collection<WaveParticipation> participations) {
        List<FamilySetRow> rows = new ArrayList<>();
        byWave(participations).forEach((wave, members) -> {
            Map<String, List<WaveParticipation>> families = members.stream()
                    .filter(p -> p.familyCode() != null && eligible(p))
                    .collect(Collectors.groupingBy(WaveParticipation::familyCode));
            int complete = 0;
            int dyads = 0;
            int singles = 0;
            int none = 0;
            for (List<WaveParticipation> family : families.values()) {
                long interviewed = family.stream().filter(RetentionMetrics::interviewed).count();
                if (interviewed == family.size()) {
                    complete++;
                } else if (interviewed == 2) {
                    dyads++;
                } else if (interviewed == 1) {
                    singles++;
                } else if (interviewed == 0) {
                    none++;
                }
            }
            rows.add(new FamilySetRow(wave.order(), wave.name(), families.size(), complete, dyads, singles, none));
        });
        return rows;
    }

    private record Wave(int order, String name) {
    }

    private static Map<Wave, List<WaveParticipation>> byWave(Collection<WaveParticipation> participations) {
        return participations.stream().collect(Collectors.groupingBy(p -> new Wave(p.waveOrder(), p.waveName()),
                () -> new TreeMap<>(Comparator.comparingInt(Wave::order)
                        .thenComparing(Wave::name, Comparator.nullsFirst(Comparator.naturalOrder()))),
                Collectors.toList()));
    }

    private static RetentionRow row(String role, List<WaveParticipation> members) {
        WaveParticipation first = members.get(0);
        List<WaveParticipation> eligible = members.stream().filter(RetentionMetrics::eligible).toList();
        List<WaveParticipation> interviewed = eligible.stream().filter(RetentionMetrics::interviewed).toList();
        int pending = count(eligible, WaveOutcome.PENDING);
        int lost = eligible.size() - pending - interviewed.size();
        Proportion retention = Proportion.wilson(interviewed.size(), eligible.size() - pending);
        Distribution attempts = Distribution.of(interviewed.stream().map(WaveParticipation::attempts).toList());
        Distribution days = Distribution.of(interviewed.stream()
                .filter(p -> p.windowOpens() != null && p.interviewedOn() != null)
                .map(p -> ChronoUnit.DAYS.between(p.windowOpens(), p.interviewedOn())).toList());
        return new RetentionRow(first.waveOrder(), first.waveName(), role, eligible.size(),
                (int) eligible.stream().filter(WaveParticipation::located).count(),
                (int) eligible.stream().filter(WaveParticipation::contacted).count(),
                interviewed.size(), count(eligible, WaveOutcome.REFUSED), count(eligible, WaveOutcome.WITHDRAWN),
                lost, pending, retention, attempts, days);
    }

    private static int count(List<WaveParticipation> list, WaveOutcome outcome) {
        return (int) list.stream().filter(p -> p.outcome() == outcome).count();
    }

    static boolean eligible(WaveParticipation p) {
        return p.outcome() != WaveOutcome.INELIGIBLE && p.outcome() != WaveOutcome.DECEASED;
    }

    static boolean interviewed(WaveParticipation p) {
        return p.outcome() == WaveOutcome.COMPLETED || p.outcome() == WaveOutcome.PARTIAL;
    }
}
