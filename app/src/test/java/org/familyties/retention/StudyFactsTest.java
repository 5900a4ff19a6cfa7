package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.study.InformantRole;
import org.familyties.study.LifeEvent;
import org.familyties.study.Participant;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyFamily;
import org.familyties.study.StudySummary;
import org.familyties.study.Wave;
import org.familyties.study.WaveWindow;
import org.familyties.study.Withdrawal;
import org.familyties.study.WithdrawalChoice;
import org.junit.jupiter.api.Test;

/** Wave outcomes and worklist situations derived from hand-made facts. */
class StudyFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate RELEASE = LocalDate.of(2026, 1, 1);

    private final Wave before = new Wave(1, 1, "During sentence", 1, WaveWindow.relativeTo(LifeEvent.FATHER_RELEASE, -365, -30));
    private final Wave after = new Wave(2, 1, "After release", 2, WaveWindow.relativeTo(LifeEvent.FATHER_RELEASE, 90, 270));
    private final InformantRole mother = new InformantRole(10, 1, "mother", "Mother", "M", false);
    private final StudyDesign design = new StudyDesign(new StudySummary(1, "S", "Study"), List.of(before, after),
            List.of(mother), List.of(new ScheduleEntry(1, 10, "brs"), new ScheduleEntry(1, 10, "sdq"),
                    new ScheduleEntry(2, 10, "brs")));
    private final StudyFamily family = new StudyFamily(5, 1, "F001", null, RELEASE);
    private final List<Withdrawal> withdrawals = new ArrayList<>();
    private final List<ContactChannel> channels = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<ContactAttempt> attempts = new ArrayList<>();
    private final List<WaveStatus> statuses = new ArrayList<>();
    private final Map<Long, Map<Long, TracingStore.Progress>> progress = new HashMap<>();

    private Participant participant(long id) {
        return new Participant(id, 1, 5, 10, "F001-M" + id);
    }

    private StudyFacts facts(Participant... participants) {
        return new StudyFacts(design, TODAY, List.of(family), List.of(participants), withdrawals, channels, locations,
                attempts, statuses, progress);
    }

    private void records(long participantId, long waveId, Set<String> started, Set<String> done) {
        progress.computeIfAbsent(participantId, k -> new HashMap<>()).put(waveId, new TracingStore.Progress(started, done));
    }

    private void attempt(Participant p, Wave wave, LocalDate on, AttemptOutcome outcome, ChannelKind kind) {
        attempts.add(new ContactAttempt(attempts.size() + 1, p.pseudonym(), wave.id(), 1, kind, on.atTime(10, 0), outcome,
                "dm", null));
    }

    @Test
    void completedAndPartialComeFromRecordsAndAClosedWindowIsUntraceableOrReachedButNotInterviewed() {
        Participant p = participant(1);
        records(1, 1, Set.of("brs", "sdq"), Set.of("brs", "sdq"));
        assertThat(facts(p).outcome(p, before)).isEqualTo(WaveOutcome.COMPLETED);
        records(1, 1, Set.of("brs", "sdq"), Set.of("brs"));
        assertThat(facts(p).outcome(p, before)).isEqualTo(WaveOutcome.PARTIAL);
        progress.clear();
        assertThat(facts(p).outcome(p, before)).isEqualTo(WaveOutcome.UNTRACEABLE);
        assertThat(facts(p).outcome(p, after)).isEqualTo(WaveOutcome.PENDING);
        attempt(p, before, LocalDate.of(2025, 6, 1), AttemptOutcome.NO_ANSWER, ChannelKind.PHONE);
        assertThat(facts(p).outcome(p, before)).as("only failed attempts").isEqualTo(WaveOutcome.UNTRACEABLE);
        attempt(p, after, LocalDate.of(2026, 5, 1), AttemptOutcome.SPOKE_CALL_BACK, ChannelKind.PHONE);
        assertThat(facts(p).outcome(p, before)).as("reached in another wave").isEqualTo(WaveOutcome.UNTRACEABLE);
        attempt(p, before, LocalDate.of(2025, 6, 2), AttemptOutcome.SPOKE_APPOINTMENT_MADE, ChannelKind.PHONE);
        assertThat(facts(p).outcome(p, before)).isEqualTo(WaveOutcome.NOT_INTERVIEWED);
        assertThat(facts(p).outcome(p, after)).as("its window is still open").isEqualTo(WaveOutcome.PENDING);
    }

    @Test
    void refusalsWithdrawalsAndSetStatusesTakePrecedenceInTheirOrder() {
        Participant p = participant(2);
        attempt(p, before, LocalDate.of(2025, 6, 1), AttemptOutcome.REFUSED_THIS_WAVE, ChannelKind.PHONE);
        assertThat(facts(p).outcome(p, before)).isEqualTo(WaveOutcome.REFUSED);
        assertThat(facts(p).outcome(p, after)).isEqualTo(WaveOutcome.PENDING);
        attempt(p, before, LocalDate.of(2025, 6, 2), AttemptOutcome.REFUSED_PERMANENTLY, ChannelKind.PHONE);
        assertThat(facts(p).outcome(p, after)).isEqualTo(WaveOutcome.REFUSED);
        statuses.add(new WaveStatus(p.pseudonym(), after.id(), WaveOutcome.INELIGIBLE, null));
        assertThat(facts(p).outcome(p, after)).isEqualTo(WaveOutcome.INELIGIBLE);
        withdrawals.add(new Withdrawal(2, p.pseudonym(), LocalDate.of(2026, 2, 1), WithdrawalChoice.NO_FURTHER_CONTACT));
        assertThat(facts(p).outcome(p, after)).isEqualTo(WaveOutcome.WITHDRAWN);
        assertThat(facts(p).outcome(p, before)).as("withdrew after the first window closed").isEqualTo(WaveOutcome.REFUSED);
        statuses.add(new WaveStatus(p.pseudonym(), before.id(), WaveOutcome.DECEASED, null));
        assertThat(facts(p).outcome(p, after)).as("deceased carries forward").isEqualTo(WaveOutcome.DECEASED);
        assertThat(StudyFacts.stopsContact(withdrawals.get(0))).isTrue();
        assertThat(StudyFacts.stopsContact(new Withdrawal(2, "x", TODAY, WithdrawalChoice.NO_FURTHER_DATA))).isFalse();
    }

    @Test
    void theSituationCountsFailedAttemptsSinceTheLastSuccessAndSeesCustodyMovesAndGatekeepers() {
        Participant p = participant(3);
        attempt(p, before, LocalDate.of(2025, 5, 1), AttemptOutcome.SPOKE_CALL_BACK, ChannelKind.PHONE);
        attempt(p, after, LocalDate.of(2026, 6, 1), AttemptOutcome.NO_ANSWER, ChannelKind.PHONE);
        attempt(p, after, LocalDate.of(2026, 6, 5), AttemptOutcome.WRONG_NUMBER, ChannelKind.PHONE);
        channels.add(new ContactChannel(1, p.pseudonym(), ChannelKind.PHONE, "1", null, null, null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 5)));
        channels.add(new ContactChannel(2, p.pseudonym(), ChannelKind.ALTERNATIVE_CONTACT, "2", "Nan", "grandmother", null,
                "study only", LocalDate.of(2025, 1, 1), null));
        locations.add(new Location(1, p.pseudonym(), PlaceKind.HOME, "1 Road", "LB1", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 5, 1), MoveSource.PARTICIPANT));
        locations.add(new Location(2, p.pseudonym(), PlaceKind.PRISON, null, "HMP X", "HMP X", LocalDate.of(2026, 5, 1),
                null, MoveSource.PRISON_RECORDS));
        StudyFacts all = facts(p);
        TracingSituation s = TracingWorklist.situation(all, p, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 28),
                PriorityWeights.defaults());
        assertThat(s.failedAttemptsInARow()).isEqualTo(2);
        assertThat(s.lastSuccessfulContact()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(s.lastSuccessfulChannel()).isEqualTo(ChannelKind.PHONE);
        assertThat(s.validChannels()).containsExactly(ChannelKind.ALTERNATIVE_CONTACT);
        assertThat(s.inCustody()).isTrue();
        assertThat(s.movedRecently()).isTrue();
        assertThat(s.gatekeeperAvailable()).isTrue();
        assertThat(all.currentWave(p)).isEqualTo(after);
        assertThat(all.placeOn(p, LocalDate.of(2025, 1, 1)).orElseThrow().areaLabel()).isEqualTo("LB1");
    }
}
