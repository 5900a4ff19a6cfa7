package org.familyties.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.familyties.shared.CurrentUser;
import org.familyties.study.CustodyStatus;
import org.familyties.study.FamilyStatus;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.familyties.study.StudyFamilyChanges;
import org.familyties.study.Wave;
import org.familyties.study.WaveWindow;
import org.familyties.study.Withdrawal;
import org.familyties.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention histories for the demo study, consistent with its waves, records, custody and withdrawals:
 * fathers held in prison (some transferred, some recalled), approved premises after release, families
 * moving, phones changing and going dead, gatekeepers, refusals, untraceable members, interviews done and
 * appointments coming up. Written in batches straight into the retention tables (seeded, so the same every time).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "familyties.command", matchIfMissing = true, havingValue = "none")
@Order(2)
class DemoRetention implements ApplicationRunner {

    static final long SEED = 20_260_707L;

    private static final Logger log = LoggerFactory.getLogger(DemoRetention.class);
    private static final String[][] TOWNS = {{"Lowbridge", "LB"}, {"Eastwick", "EW"}, {"Marden", "MD"},
        {"Hollowfield", "HF"}, {"Sandby", "SB"}};
    private static final List<String> STREETS = List.of("Mill Lane", "Chapel Street", "Victoria Road", "Park Terrace",
            "Church Walk", "Station Road", "Moor View", "Canal Side", "Orchard Close", "Beck Street");
    private static final String RECORDED_BY = "demo";

    private final Studies studies;
    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final StudyConsents consents;
    private final StudyFamilyChanges changes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoRetention(Studies studies, StudyDesigns designs, StudyFamilies families, StudyConsents consents,
                  StudyFamilyChanges changes, JdbcTemplate jdbc, Clock clock) {
        this.studies = studies;
        this.designs = designs;
        this.families = families;
        this.consents = consents;
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var study = studies.findByCode(DemoStudy.CODE).orElse(null);
        if (study == null) {
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from retention_channel where study_id = ?", Integer.class,
                study.id());
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        CurrentUser user = DemoStudy.setUpUser(study.id());
        StudyDesign design = designs.design(study.id(), user);
        if (design.waves().isEmpty()) {
            return;
        }
        new Loader(study.id(), design, user).load();
        log.info("Loaded demo retention histories in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private final class Loader {

        private final long studyId;
        private final StudyDesign design;
        private final Random random = new Random(SEED);
        private final LocalDate today = UkTime.today(clock);
        private final OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        private final Map<Long, StudyFamily> familiesById = new HashMap<>();
        private final List<Participant> participants;
        private final Map<String, Withdrawal> withdrawals = new HashMap<>();
        private final Set<String> interviewed = new HashSet<>();
        private final Map<Long, Map<Long, FamilyStatus>> statuses;
        private final List<Object[]> locations = new ArrayList<>();
        private final List<Object[]> attempts = new ArrayList<>();
        private final List<Object[]> appointments = new ArrayList<>();
        private final List<Object[]> waveStatuses = new ArrayList<>();

        Loader(long studyId, StudyDesign design, CurrentUser user) {
            this.studyId = studyId;
            this.design = design;
            families.families(studyId, user).forEach(f -> familiesById.put(f.id(), f));
            participants = families.participants(studyId, user);
            consents.withdrawals(studyId, user).forEach(w -> withdrawals.put(w.pseudonym(), w));
            jdbc.query("select distinct participant_id, wave_id from study_record where study_id = ?",
                    rs -> {
                        interviewed.add(rs.getLong(1) + ":" + rs.getLong(2));
                    }, studyId);
            statuses = changes.acrossFamilies(studyId, user);
        }

        void load() {
            Map<Long, String[]> homeOfFamily = new HashMap<>();
            int deceased = 0;
            int ineligible = 0;
            for (Participant p : participants) {
                StudyFamily family = familiesById.get(p.familyId());
                String role = design.role(p.roleId()).orElseThrow().code();
                LocalDate enrolled = family.fatherRelease().minusDays(400);
                String[] home = homeOfFamily.computeIfAbsent(family.id(), f -> newHome());
                Channels channels = new Channels(p.id());
                if (role.equals("father")) {
                    fatherPlaces(p, family, home, channels);
                } else {
                    homePlaces(p, enrolled, home);
                }
                if (role.equals("child")) {
                    channels.add("ALTERNATIVE_CONTACT", "Parent or carer at home", "Parent or carer", "mother", null,
                            "That the child takes part in the family study", enrolled, null);
                } else {
                    phones(channels, enrolled);
                    if (random.nextInt(10) < 4) {
                        channels.add("EMAIL", "participant" + p.id() + "@example.org", null, null, null, null, enrolled, null);
                    }
                    if (random.nextInt(10) < 2) {
                        channels.add("SOCIAL_MEDIA", "@famwaves_" + p.id(), null, null, null, null,
                                enrolled.plusDays(random.nextInt(600)), null);
                    }
                    if (random.nextInt(10) < 3) {
                        gatekeeper(channels, role, enrolled);
                    }
                }
                boolean gone = false;
                for (Wave wave : design.waves()) {
                    if (gone) {
                        break;
                    }
                    var window = family.windowOf(wave).orElse(null);
                    if (window == null || window.start().isAfter(today)) {
                        continue;
                    }
                    Withdrawal withdrawal = withdrawals.get(p.pseudonym());
                    if (withdrawal != null && !withdrawal.withdrawnOn().isAfter(window.start())) {
                        break;
                    }
                    boolean done = interviewed.contains(p.id() + ":" + wave.id());
                    if (!done && wave.position() == 3 && role.equals("father") && deceased == 0 && random.nextInt(4) == 0) {
                        waveStatuses.add(new Object[] {p.id(), wave.id(), studyId, "DECEASED",
                            "Family told us at the start of the wave", now, RECORDED_BY});
                        deceased++;
                        gone = true;
                        continue;
                    }
                    if (!done && role.equals("child") && ineligible == 0 && random.nextInt(5) == 0) {
                        waveStatuses.add(new Object[] {p.id(), wave.id(), studyId, "INELIGIBLE",
                            "Moved abroad with a relative", now, RECORDED_BY});
                        ineligible++;
                        continue;
                    }
                    gone = wave(p, role, wave, window, done, channels);
                }
            }
            batch("insert into retention_location (study_id, participant_id, kind, address, area, establishment, moved_in, "
                    + "moved_out, learned_from, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", locations);
            batch("insert into retention_attempt (study_id, participant_id, wave_id, channel_id, channel_kind, attempted_at, "
                    + "outcome, made_by, notes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attempts);
            batch("insert into retention_appointment (study_id, participant_id, wave_id, starts_at, mode, place, status, "
                    + "remind_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", appointments);
            batch("insert into retention_wave_status (participant_id, wave_id, study_id, status, note, set_at, set_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", waveStatuses);
        }

        /** One wave for one participant; true when they refused for good. */
        private boolean wave(Participant p, String role, Wave wave, WaveWindow.DateRange window, boolean done,
                             Channels channels) {
            LocalDate end = window.end().isBefore(today) ? window.end() : today.minusDays(1);
            if (end.isBefore(window.start())) {
                return false;
            }
            int span = (int) Math.max(1, end.toEpochDay() - window.start().toEpochDay());
            LocalDate day = window.start().plusDays(random.nextInt(Math.max(1, span / 3)));
            boolean inCustody = role.equals("father") && custodyAt(p, wave);
            int failures = random.nextInt(done ? 3 : 5);
            for (int i = 0; i < failures && day.isBefore(end); i++) {
                long[] channel = channels.validOn(day, inCustody);
                if (channel == null) {
                    break;
                }
                String outcome = random.nextInt(3) == 0 ? "MESSAGE_LEFT" : "NO_ANSWER";
                if (channels.phoneDies(channel[0], day)) {
                    outcome = "NUMBER_DEAD";
                }
                attempt(p, wave, channel, day, outcome, null);
                day = day.plusDays(3 + random.nextInt(10));
            }
            if (day.isAfter(end)) {
                day = end;
            }
            long[] channel = channels.validOn(day, inCustody);
            if (channel == null) {
                return false;
            }
            if (done) {
                attempt(p, wave, channel, day, inCustody ? "IN_CUSTODY_ARRANGE_PRISON_VISIT" : "SPOKE_APPOINTMENT_MADE",
                        null);
                LocalDate interview = day.plusDays(5 + random.nextInt(20));
                if (interview.isAfter(end)) {
                    interview = end;
                }
                attempt(p, wave, channel, interview, "INTERVIEW_DONE", null);
                return false;
            }
            if (!window.end().isBefore(today)) {
                if (random.nextInt(3) == 0) {
                    attempt(p, wave, channel, day, "SPOKE_APPOINTMENT_MADE", null);
                    LocalDateTime at = today.plusDays(2 + random.nextInt(25)).atTime(10 + random.nextInt(7), 0);
                    appointments.add(new Object[] {studyId, p.id(), wave.id(), at.atZone(UkTime.ZONE).toOffsetDateTime(),
                        random.nextBoolean() ? "IN_PERSON" : "PHONE", null, "BOOKED",
                        at.toLocalDate().minusDays(2), now, RECORDED_BY});
                }
                return false;
            }
            int fate = random.nextInt(20);
            if (fate < 6) {
                attempt(p, wave, channel, day, "REFUSED_THIS_WAVE", "Too much going on at the moment; happy to be asked next time");
            } else if (fate == 6) {
                attempt(p, wave, channel, day, "REFUSED_PERMANENTLY", "Does not want to take part any more");
                return true;
            } else if (fate < 10 && channels.gatekeeper != null) {
                attempt(p, wave, channels.gatekeeper, day, "GATEKEEPER_DECLINED", "Contact would not pass on the message");
            }
            return false;
        }

        private boolean custodyAt(Participant p, Wave wave) {
            FamilyStatus status = statuses.getOrDefault(p.familyId(), Map.of()).get(wave.id());
            return status != null && (status.fatherCustody() == CustodyStatus.IN_CUSTODY
                    || status.fatherCustody() == CustodyStatus.RECALLED);
        }

        private void attempt(Participant p, Wave wave, long[] channel, LocalDate day, String outcome, String notes) {
            LocalDateTime at = day.atTime(9 + random.nextInt(9), random.nextInt(4) * 15);
            attempts.add(new Object[] {studyId, p.id(), wave.id(), channel[0], Channels.KINDS.get((int) channel[1]),
                at.atZone(UkTime.ZONE).toOffsetDateTime(), outcome, RECORDED_BY, notes, now});
        }

        private void fatherPlaces(Participant p, StudyFamily family, String[] home, Channels channels) {
            LocalDate start = family.fatherSentenceStart() == null ? family.fatherRelease().minusDays(500)
                    : family.fatherSentenceStart();
            String first = "HMP " + DemoNames.PRISON_NAMES.get(random.nextInt(DemoNames.PRISON_NAMES.size()));
            LocalDate release = family.fatherRelease();
            LocalDate transfer = random.nextInt(10) < 4 ? start.plusDays((release.toEpochDay() - start.toEpochDay()) / 2) : null;
            place(p, "PRISON", null, first, first, start, transfer == null ? release : transfer, "PRISON_RECORDS");
            channels.add("PRISON", "Family liaison, " + first, null, null, first, null, start, transfer == null ? release
                    : transfer);
            if (transfer != null) {
                String second = "HMP " + DemoNames.PRISON_NAMES.get(random.nextInt(DemoNames.PRISON_NAMES.size()));
                place(p, "PRISON", null, second, second, transfer, release, "PRISON_RECORDS");
                channels.add("PRISON", "Family liaison, " + second, null, null, second, null, transfer, release);
            }
            LocalDate settled = release;
            if (random.nextInt(10) < 6) {
                settled = release.plusDays(60 + random.nextInt(60));
                place(p, "APPROVED_PREMISES", "Approved premises, " + home[1], "Approved premises " + home[1], home[1],
                        release, settled, "PROBATION");
            }
            Wave after = design.waves().size() > 1 ? design.waves().get(1) : null;
            boolean recalled = after != null && statuses.getOrDefault(p.familyId(), Map.of()).get(after.id()) != null
                    && statuses.get(p.familyId()).get(after.id()).fatherCustody() == CustodyStatus.RECALLED;
            if (recalled) {
                LocalDate back = release.plusDays(150 + random.nextInt(60));
                LocalDate out = back.plusDays(90 + random.nextInt(180));
                place(p, "HOME", home[0], null, home[1], settled, back, "PARTICIPANT");
                String prison = "HMP " + DemoNames.PRISON_NAMES.get(random.nextInt(DemoNames.PRISON_NAMES.size()));
                place(p, "PRISON", null, prison, prison, back, out, "PROBATION");
                channels.add("PRISON", "Family liaison, " + prison, null, null, prison, null, back, out);
                settled = out;
            }
            if (!settled.isAfter(today)) {
                String[] own = random.nextInt(3) == 0 ? newHome() : home;
                place(p, random.nextInt(12) == 0 ? "HOSTEL" : "HOME", own[0], null, own[1], settled, null, "PARTICIPANT");
            }
        }

        private void homePlaces(Participant p, LocalDate enrolled, String[] home) {
            if (random.nextInt(10) < 3) {
                LocalDate moved = enrolled.plusDays(300 + random.nextInt(1500));
                if (moved.isBefore(today)) {
                    String[] next = newHome();
                    place(p, "HOME", home[0], null, home[1], enrolled, moved, "PARTICIPANT");
                    place(p, "HOME", next[0], null, next[1], moved, null,
                            random.nextBoolean() ? "RETURNED_MAIL" : "ALTERNATIVE_CONTACT");
                    return;
                }
            }
            place(p, "HOME", home[0], null, home[1], enrolled, null, "PARTICIPANT");
        }

        private void place(Participant p, String kind, String address, String establishment, String area, LocalDate in,
                           LocalDate out, String learned) {
            if (in.isAfter(today)) {
                return;
            }
            locations.add(new Object[] {studyId, p.id(), kind, address, area, establishment, in,
                out == null || out.isAfter(today) ? null : out, learned, now, RECORDED_BY});
        }

        private void phones(Channels channels, LocalDate enrolled) {
            LocalDate from = enrolled;
            int changes = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i <= changes; i++) {
                LocalDate until = i == changes ? null : from.plusDays(200 + random.nextInt(700));
                if (until != null && !until.isBefore(today)) {
                    until = null;
                }
                channels.add("PHONE", String.format("07700 9%05d", random.nextInt(100_000)), null, null, null, null,
                        from, until);
                if (until == null) {
                    break;
                }
                from = until.plusDays(1 + random.nextInt(40));
            }
        }

        private void gatekeeper(Channels channels, String role, LocalDate enrolled) {
            int kind = random.nextInt(3);
            String[] who = kind == 0 ? new String[] {"Sister", "sister", null}
                    : kind == 1 ? new String[] {"Support worker", "support worker", "Families Together (charity)"}
                    : new String[] {"Probation officer", "probation officer", "Probation Service"};
            if (!role.equals("father") && kind == 2) {
                who = new String[] {"Grandmother", "grandmother", null};
            }
            channels.gatekeeper = channels.add("ALTERNATIVE_CONTACT", String.format("07700 9%05d", random.nextInt(100_000)),
                    who[0], who[1], who[2], "That we are trying to reach them for the family study; nothing else",
                    enrolled, null);
        }

        private String[] newHome() {
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            String district = town[1] + (1 + random.nextInt(9));
            String address = (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())) + ", "
                    + town[0] + " " + district + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
            return new String[] {address, district};
        }

        private void batch(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
            }
        }

        /** A participant's channels as inserted: id, kind index, validity; phones that die on a later attempt. */
        private final class Channels {

            static final List<String> KINDS = List.of("PHONE", "EMAIL", "POST", "SOCIAL_MEDIA", "ALTERNATIVE_CONTACT",
                    "HOME_VISIT", "PRISON");

            private final long participantId;
            private final List<long[]> rows = new ArrayList<>();
            private final List<LocalDate[]> validity = new ArrayList<>();
            long[] gatekeeper;

            Channels(long participantId) {
                this.participantId = participantId;
            }

            long[] add(String kind, String detail, String name, String relationship, String organisation, String told,
                       LocalDate from, LocalDate to) {
                if (from.isAfter(today)) {
                    return null;
                }
                LocalDate until = to == null || to.isAfter(today) ? null : to;
                var keys = new GeneratedKeyHolder();
                jdbc.update(con -> {
                    var ps = con.prepareStatement("insert into retention_channel (study_id, participant_id, kind, detail, "
                            + "contact_name, relationship, organisation, may_be_told, valid_from, valid_to, recorded_at, "
                            + "recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                    ps.setLong(1, studyId);
                    ps.setLong(2, participantId);
                    ps.setString(3, kind);
                    ps.setString(4, detail);
                    ps.setString(5, name);
                    ps.setString(6, relationship);
                    ps.setString(7, organisation);
                    ps.setString(8, told);
                    ps.setObject(9, from);
                    ps.setObject(10, until);
                    ps.setObject(11, now);
                    ps.setString(12, RECORDED_BY);
                    return ps;
                }, keys);
                long[] row = {keys.getKey().longValue(), KINDS.indexOf(kind)};
                rows.add(row);
                validity.add(new LocalDate[] {from, until});
                return row;
            }

            /** The channel to try on a day: the prison while in custody, else a valid phone, email or gatekeeper. */
            long[] validOn(LocalDate day, boolean inCustody) {
                long[] best = null;
                int bestRank = Integer.MAX_VALUE;
                for (int i = 0; i < rows.size(); i++) {
                    LocalDate[] v = validity.get(i);
                    if (v[0].isAfter(day) || v[1] != null && v[1].isBefore(day)) {
                        continue;
                    }
                    String kind = KINDS.get((int) rows.get(i)[1]);
                    int rank = inCustody && kind.equals("PRISON") ? 0 : switch (kind) {
                        case "PHONE" -> 1;
                        case "EMAIL", "SOCIAL_MEDIA" -> 2;
                        case "ALTERNATIVE_CONTACT" -> 3;
                        default -> 9;
                    };
                    if (rank < bestRank) {
                        best = rows.get(i);
                        bestRank = rank;
                    }
                }
                return best;
            }

            /** Whether the phone tried on this day stopped working soon after (its validity ends within a month). */
            boolean phoneDies(long channelId, LocalDate day) {
                for (int i = 0; i < rows.size(); i++) {
                    LocalDate end = validity.get(i)[1];
                    if (rows.get(i)[0] == channelId && KINDS.get((int) rows.get(i)[1]).equals("PHONE") && end != null
                            && !end.isBefore(day) && end.isBefore(day.plusDays(30))) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
