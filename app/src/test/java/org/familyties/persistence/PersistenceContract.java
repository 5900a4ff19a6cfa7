package org.familyties.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyties.access.NewUser;
import org.familyties.access.TokenExchange;
import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseInputs;
import org.familyties.casework.CaseStatus;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.FamilyRole;
import org.familyties.casework.NewReferral;
import org.familyties.casework.ReferralSource;
import org.familyties.casework.Referrals;
import org.familyties.casework.TriageDecision;
import org.familyties.casework.Urgency;
import org.familyties.family.RelationshipKind;
import org.familyties.family.RelationshipView;
import org.familyties.shared.ConflictException;
import org.familyties.estate.Estate;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.Role;
import org.familyties.study.Studies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the data layer must do the same on every supported database. Each test makes its own data with
 * unique codes, so the contract runs on a database that already holds other data.
 */
abstract class PersistenceContract {

    @Autowired
    Prisons prisons;
    @Autowired
    Users users;
    @Autowired
    People people;
    @Autowired
    Studies studies;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TokenExchange tokens;
    @Autowired
    Referrals referrals;
    @Autowired
    Cases cases;
    @Autowired
    org.familyties.casework.CaseFiles caseFiles;
    @Autowired
    org.familyties.casework.PeopleSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    org.familyties.study.StudyDesigns designs;
    @Autowired
    org.familyties.study.StudyDictionaries dictionaries;
    @Autowired
    org.familyties.study.StudyFamilies families;
    @Autowired
    org.familyties.study.StudyConsents consents;
    @Autowired
    org.familyties.study.StudyRecords records;
    @Autowired
    org.familyties.study.RecordImports imports;
    @Autowired
    org.familyties.study.StudyRoster roster;
    @Autowired
    org.familyties.study.StudyDataExtract extract;
    @Autowired
    org.familyties.export.Deposits deposits;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void migrationsCreateEveryTable() {
        List<String> tables = List.of("region", "prison", "study", "app_user", "user_role", "user_prison",
                "user_region", "user_study", "login_throttle", "api_token", "audit_event", "audit_chain_head", "person",
                "prison_move", "relationship", "referral", "family_case", "case_client", "case_status_change",
                "assessment", "case_goal", "case_review", "contact_event", "contact_participant", "contact_restriction",
                "case_note", "case_task", "outcome_measure", "intervention_course", "intervention_session",
                "intervention_enrolment", "intervention_attendance", "planned_contact", "planned_contact_participant",
                "case_handover",
                "spring_session", "spring_session_attributes", "study_wave", "study_informant_role", "study_schedule",
                "study_dictionary", "person_pseudonym", "person_contact", "study_family", "study_participant",
                "study_record", "study_response", "study_instrument_scale", "study_score", "study_consent",
                "study_withdrawal", "retention_channel", "retention_location", "retention_attempt",
                "retention_appointment", "retention_wave_status", "retention_priority_weights");
        for (String table : tables) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isNotNull();
        }
        assertThat(prisons.regions()).hasSize(10);
    }

    @Test
    void assignmentsGiveTheUsersScopeIncludingRegionExpansion() {
        PrisonView a = prisons.register(unique("A"), "HMP Test A", Estate.MENS, "WALES");
        PrisonView b = prisons.register(unique("B"), "HMP Test B", Estate.WOMENS, "WALES");
        PrisonView c = prisons.register(unique("C"), "HMP Test C", Estate.MENS, "LONDON");
        long study = studies.register(unique("S"), "A test study");
        String worker = unique("w");
        users.create(new NewUser(worker, "Worker", "a-long-password-1", Set.of(Role.CASEWORKER), Set.of(a.id()),
                Set.of(), Set.of()));
        String manager = unique("m");
        users.create(new NewUser(manager, "Manager", "a-long-password-1", Set.of(Role.SERVICE_MANAGER), Set.of(),
                Set.of("WALES"), Set.of(study)));

        CurrentUser w = users.currentUserFor(worker).orElseThrow();
        assertThat(w.prisonIds()).containsExactly(a.id());
        assertThat(w.roles()).containsExactly(Role.CASEWORKER);
        CurrentUser m = users.currentUserFor(manager).orElseThrow();
        assertThat(m.prisonIds()).contains(a.id(), b.id()).doesNotContain(c.id());
        assertThat(m.studyIds()).containsExactly(study);

        assertThat(prisons.get(a.id(), w).name()).isEqualTo("HMP Test A");
        assertThatThrownBy(() -> prisons.get(b.id(), w)).isInstanceOf(RecordNotFoundException.class);
        assertThat(prisons.visibleTo(w)).extracting(PrisonView::id).containsExactly(a.id());
    }

    @Test
    void peopleAreScopedToTheUsersPrisonsAndPagedByKey() {
        PrisonView mine = prisons.register(unique("P"), "HMP Mine", Estate.MENS, "LONDON");
        PrisonView theirs = prisons.register(unique("Q"), "HMP Theirs", Estate.MENS, "LONDON");
        String worker = unique("w");
        users.create(new NewUser(worker, "Worker", "a-long-password-1", Set.of(Role.CASEWORKER), Set.of(mine.id()),
                Set.of(), Set.of()));
        CurrentUser user = users.currentUserFor(worker).orElseThrow();
        for (int i = 0; i < 60; i++) {
            people.registerPersonInPrison("Given" + i, "Family" + (char) ('A' + i % 26), LocalDate.of(1980, 1, 1 + i % 28),
                    unique("N").toUpperCase(), mine.id());
        }
        long elsewhere = people.registerPersonInPrison("Other", "Person", LocalDate.of(1990, 5, 5), unique("X"),
                theirs.id());

        assertThat(people.countInPrison(user)).isEqualTo(60);
        List<PersonRecord> first = people.inPrison(user, "", 0);
        assertThat(first).hasSize(50);
        PersonRecord last = first.get(first.size() - 1);
        List<PersonRecord> second = people.inPrison(user, last.familyName(), last.id());
        assertThat(second).hasSize(10);
        assertThat(second).extracting(PersonRecord::id).doesNotContainAnyElementsOf(
                first.stream().map(PersonRecord::id).toList());
        assertThat(first.get(0).familyName()).isLessThanOrEqualTo(first.get(1).familyName());
        assertThatThrownBy(() -> people.view(elsewhere, user)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void auditEntriesRoundTripExactlySoTheChainVerifies() {
        auditLog.record(AuditAction.UPDATE, "Test", "1", null, "a reason with 'quotes' and ünïcode", "{\"before\":1}");
        auditLog.read("Test", 2, null);
        var verification = auditLog.verify();
        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(2);
        assertThat(auditLog.historyOf("Test", "1").get(0).reason()).isEqualTo("a reason with 'quotes' and ünïcode");
    }

    @Test
    void auditedChangeRollsBackWithItsTransaction() {
        long before = auditLog.count();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            auditLog.changed(AuditAction.CREATE, "Test", "rollback", null, null, null);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(auditLog.count()).isEqualTo(before);
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void tokensAreStoredHashedAndAuthenticate() {
        String name = unique("t");
        users.create(new NewUser(name, "Token User", "a-long-password-1", Set.of(Role.RESEARCHER), Set.of(), Set.of(),
                Set.of()));
        var grant = tokens.exchange(name, "a-long-password-1", "198.51.100.1");
        assertThat(grant.accessToken()).hasSizeGreaterThan(30);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", grant.accessToken())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token where user_id = (select id from app_user where username = :u)")
                .param("u", name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void failedSignInsAreCountedInTheDatabase() {
        String name = unique("f");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.exchange(name, "wrong", "198.51.100.2"))
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key = :k").param("k", "account:" + name)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void sessionsAreStoredInTheDatabaseSoNodesCanShareThem() {
        @SuppressWarnings("unchecked")
        var repository = (FindByIndexNameSessionRepository<Session>) sessions;
        Session session = repository.createSession();
        session.setAttribute("greeting", "hello");
        repository.save(session);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", session.getId())
                .query(Long.class).single()).isEqualTo(1);
        Session loaded = repository.findById(session.getId());
        assertThat((String) loaded.getAttribute("greeting")).isEqualTo("hello");
        repository.deleteById(session.getId());
    }

    @Test
    void casesKeepClientsHistoryAndAssessmentsAndRefuseStaleVersions() {
        PrisonView prison = prisons.register(unique("K"), "HMP Casework", Estate.MENS, "LONDON");
        PrisonView elsewhere = prisons.register(unique("L"), "HMP Elsewhere", Estate.MENS, "LONDON");
        String worker = unique("w");
        users.create(new NewUser(worker, "Worker", "a-long-password-1", Set.of(Role.CASEWORKER), Set.of(prison.id()),
                Set.of(), Set.of()));
        String outsider = unique("o");
        users.create(new NewUser(outsider, "Outsider", "a-long-password-1", Set.of(Role.CASEWORKER),
                Set.of(elsewhere.id()), Set.of(), Set.of()));
        CurrentUser user = users.currentUserFor(worker).orElseThrow();
        String number = unique("C").toUpperCase();
        people.registerPersonInPrison("Case", "Person", LocalDate.of(1980, 1, 1), number, prison.id());

        var referral = referrals.submit(new NewReferral(number, ReferralSource.SELF, null, "Help with visits",
                Urgency.URGENT, true, LocalDate.now()), user);
        assertThat(referrals.waitingList(user)).extracting(r -> r.id()).containsExactly(referral.id());
        long caseId = referrals.triage(referral.id(), TriageDecision.ACCEPT, "Eligible", referral.version(), user).caseId();
        CaseView c = cases.addFamilyMember(caseId, new CaseInputs.FamilyMember("Kid", "Person",
                LocalDate.now().minusYears(4), 4, FamilyRole.CHILD, 0), user);
        c = cases.assess(caseId, new CaseInputs.AssessmentInput(LocalDate.now(), 50, new java.math.BigDecimal("12.30"),
                true, false, false, true, false, false, false, false, "ünïcode notes", c.version()), user);

        CaseView loaded = cases.view(caseId, user);
        assertThat(loaded.clients()).hasSize(2);
        assertThat(loaded.relationships()).extracting(RelationshipView::kind).containsExactly(RelationshipKind.PARENT_OF);
        assertThat(loaded.history()).extracting(h -> h.status()).containsExactly(CaseStatus.REFERRED, CaseStatus.ASSESSED);
        assertThat(loaded.assessment().travelCostPounds()).isEqualByComparingTo("12.30");
        assertThat(loaded.assessment().notes()).isEqualTo("ünïcode notes");
        assertThat(cases.caseload(user, false)).extracting(s -> s.id()).containsExactly(caseId);
        var file = caseFiles.read(caseId, null, user);
        assertThat(file.caseView().assessment().travelCostPounds()).isEqualByComparingTo("12.30");
        assertThat(file.caseView().assessment().relationshipConflict()).isTrue();
        assertThat(file.contacts().contacts()).isEmpty();
        assertThat(file.frequency().months()).hasSize(org.familyties.casework.CaseFiles.FREQUENCY_MONTHS);
        assertThat(search.search("persn", user)).extracting(h -> h.name()).containsExactlyInAnyOrder("Case Person", "Kid Person");
        assertThat(search.search("persn case", user)).extracting(h -> h.name()).containsExactly("Case Person");

        int stale = loaded.version() - 1;
        assertThatThrownBy(() -> cases.allocate(caseId, new CaseInputs.Allocation(user.userId(), stale), user))
                .isInstanceOf(ConflictException.class);
        CurrentUser other = users.currentUserFor(outsider).orElseThrow();
        assertThatThrownBy(() -> cases.view(caseId, other)).isInstanceOf(RecordNotFoundException.class);
        assertThat(cases.caseload(other, false)).isEmpty();
    }

    @Test
    void aStudyRoundTripsDesignFamiliesConsentRecordsAndScores() {
        long study = studies.register(unique("S"), "Persistence study");
        String dm = unique("dm");
        users.create(new NewUser(dm, "Data Manager", "a-long-password-1", Set.of(Role.DATA_MANAGER), Set.of(), Set.of(),
                Set.of(study)));
        CurrentUser user = users.currentUserFor(dm).orElseThrow();
        var wave = designs.addWave(study, new org.familyties.study.NewWave("Baseline", "RELATIVE", null, null,
                "FATHER_RELEASE", -30, 60), user);
        var role = designs.addRole(study, new org.familyties.study.NewInformantRole("father", "Father", "F", false), user);
        String csv = "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, Calculations, OR "
                + "Slider Labels\",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,"
                + "Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,"
                + "Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation\n"
                + "brs_1,brs,,radio,Item 1 with ünïcode,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "brs_2,brs,,radio,Item 2,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "brs_3,brs,,radio,Item 3,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "brs_4,brs,,radio,Item 4,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "brs_5,brs,,radio,Item 5,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "brs_6,brs,,radio,Item 6,\"1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5\",,,,,,,,,,,,\n"
                + "notes,brs,,notes,Notes,,,,,,,,,,,,,\n";
        assertThat(dictionaries.replace(study, csv, user).succeeded()).isTrue();
        assertThat(dictionaries.dictionary(study, user).orElseThrow().field("brs_1").orElseThrow().label())
                .isEqualTo("Item 1 with ünïcode");
        designs.setSchedule(study, List.of(new org.familyties.study.ScheduleEntry(wave.id(), role.id(), "brs")), user);
        dictionaries.attachScales(study, "brs", List.of("brs"), user);

        var family = families.registerFamily(study, new org.familyties.study.NewFamily(null, null,
                LocalDate.of(2026, 2, 1)), user);
        assertThat(family.windowOf(wave).orElseThrow().start()).isEqualTo(LocalDate.of(2026, 1, 2));
        var father = families.addParticipant(study, family.id(), new org.familyties.study.NewParticipant("father",
                "Pers", "Istence", LocalDate.of(1980, 1, 1), "1 Test Road", "0123"), user);
        assertThat(families.identities(study, List.of(father.pseudonym()), user).get(father.pseudonym()).address())
                .isEqualTo("1 Test Road");

        assertThatThrownBy(() -> records.save(study, father.pseudonym(), wave.id(), "brs", java.util.Map.of("brs_1", "4"),
                org.familyties.study.RecordStatus.INCOMPLETE, user))
                .isInstanceOf(org.familyties.shared.InvalidInputException.class);
        consents.record(study, father.pseudonym(), new org.familyties.study.NewConsent(wave.id(),
                org.familyties.study.ConsentKind.CONSENT, null, LocalDate.of(2026, 1, 5), true, true, false, false, true),
                user);
        var saved = records.save(study, father.pseudonym(), wave.id(), "brs", java.util.Map.of("brs_1", "4",
                "brs_2", "-7", "notes", "a note with 'quotes'"), org.familyties.study.RecordStatus.INCOMPLETE, user);
        assertThat(saved.raw()).containsEntry("brs_2", "-7").containsEntry("notes", "a note with 'quotes'");

        var report = imports.importCsv(study, new java.io.StringReader("participant,wave,brs_1,brs_2,brs_3,brs_4,brs_5,"
                + "brs_6,brs_complete\n" + father.pseudonym() + ",Baseline,5,1,5,1,5,1,2\n"), user);
        assertThat(report.succeeded()).as(report.problems().toString()).isTrue();
        var record = records.record(study, father.pseudonym(), wave.id(), "brs", user);
        assertThat(record.status()).isEqualTo(org.familyties.study.RecordStatus.COMPLETE);
        assertThat(record.raw()).doesNotContainKey("notes").containsEntry("brs_6", "1");
        assertThat(jdbc.sql("select score from study_score s join study_record r on r.id = s.record_id "
                        + "where r.study_id = :s").param("s", study).query(Double.class).single()).isEqualTo(5.0);
        assertThat(roster.roster(study, user).get(0).at(wave.id()))
                .isEqualTo(org.familyties.study.FamilyCompleteness.COMPLETE_SET);

        // The deposit streams the answers (a cursor with a fetch size on PostgreSQL, a lazy query on H2).
        var observations = new java.util.ArrayList<org.familyties.study.StudyDataExtract.Observation>();
        extract.forEachObservation(study, user, observations::add);
        assertThat(observations).filteredOn(o -> !o.score()).extracting(o -> o.variable() + "=" + o.value())
                .containsExactlyInAnyOrder("brs_1=5", "brs_2=1", "brs_3=5", "brs_4=1", "brs_5=5", "brs_6=1");
        var made = deposits.create(study, org.familyties.export.DepositOptions.defaults(), user);
        assertThat(made.result().datasets()).anySatisfy(d -> assertThat(d.rows()).isPositive());
        try (var zip = new java.util.zip.ZipInputStream(deposits.download(study, made.deposit().id(), user)
                .getInputStream())) {
            var names = new java.util.ArrayList<String>();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names).anyMatch(n -> n.endsWith(".sav")).anyMatch(n -> n.endsWith(".dta"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        consents.withdraw(study, father.pseudonym(), org.familyties.study.WithdrawalChoice.REMOVE_DATA,
                LocalDate.of(2026, 3, 1), user);
        assertThat(consents.withdrawalsWithChoice(study, org.familyties.study.WithdrawalChoice.REMOVE_DATA, user))
                .containsKey(father.pseudonym());
        assertThat(records.exportRecords(study, false, user)).isEmpty();
        assertThat(records.exportRecords(study, true, user)).singleElement()
                .satisfies(r -> assertThat(r.responses()).containsEntry("brs_1", "5").hasSize(6));
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Autowired
    org.familyties.retention.ParticipantTracing tracing;
    @Autowired
    org.familyties.retention.TracingWorklist worklist;
    @Autowired
    org.familyties.retention.RetentionPathways pathways;

    @Test
    void retentionTracingRoundTripsChannelsPlacesAttemptsAppointmentsStatusesAndWeights() {
        long study = studies.register(unique("T"), "Retention persistence study");
        String dm = unique("dm");
        users.create(new NewUser(dm, "Data Manager", "a-long-password-1", Set.of(Role.DATA_MANAGER), Set.of(), Set.of(),
                Set.of(study)));
        CurrentUser user = users.currentUserFor(dm).orElseThrow();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        var wave = designs.addWave(study, new org.familyties.study.NewWave("Baseline", "RELATIVE", null, null,
                "FATHER_RELEASE", -60, 60), user);
        designs.addRole(study, new org.familyties.study.NewInformantRole("mother", "Mother", "M", false), user);
        var family = families.registerFamily(study, new org.familyties.study.NewFamily(null, null, today), user);
        var mother = families.addParticipant(study, family.id(), new org.familyties.study.NewParticipant("mother",
                "Reten", "Tion", null, null, null), user);
        var phone = tracing.addChannel(study, mother.pseudonym(), new org.familyties.retention.NewChannel(
                org.familyties.retention.ChannelKind.PHONE, "07700 900100", null, null, null, null,
                today.minusDays(30), null), user);
        tracing.addChannel(study, mother.pseudonym(), new org.familyties.retention.NewChannel(
                org.familyties.retention.ChannelKind.ALTERNATIVE_CONTACT, "07700 900101", "Nan", "grandmother",
                "None – family", "Only that we want to reach her", today.minusDays(30), null), user);
        tracing.addLocation(study, mother.pseudonym(), new org.familyties.retention.NewLocation(
                org.familyties.retention.PlaceKind.HOME, "3 Ünïcode Row, Lowbridge LB2 1AA", "LB2", null,
                today.minusDays(400), null, org.familyties.retention.MoveSource.PARTICIPANT), user);
        var at = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(3).withNano(0);
        tracing.recordAttempt(study, mother.pseudonym(), new org.familyties.retention.NewAttempt(wave.id(), phone.id(), at,
                org.familyties.retention.AttemptOutcome.MOVED_NEW_DETAILS, "new number 'given'", new org.familyties.retention
                .NewChannel(org.familyties.retention.ChannelKind.PHONE, "07700 900102", null, null, null, null, today, null),
                new org.familyties.retention.NewLocation(org.familyties.retention.PlaceKind.HOSTEL, "Hostel, 1 Quay",
                        "MD1", "Quay Hostel", today, null, org.familyties.retention.MoveSource.PARTICIPANT)), user);
        assertThat(tracing.attempts(study, mother.pseudonym(), user)).singleElement().satisfies(a -> {
            assertThat(a.attemptedAt()).isEqualTo(at);
            assertThat(a.notes()).isEqualTo("new number 'given'");
        });
        assertThat(tracing.channels(study, mother.pseudonym(), user)).filteredOn(c -> c.validTo() == null)
                .extracting(org.familyties.retention.ContactChannel::detail).containsExactlyInAnyOrder("07700 900102",
                        "07700 900101");
        assertThat(tracing.locations(study, mother.pseudonym(), user)).extracting(org.familyties.retention.Location::address)
                .contains("3 Ünïcode Row, Lowbridge LB2 1AA");
        var startsAt = today.plusDays(3).atTime(14, 30);
        var appointment = tracing.book(study, mother.pseudonym(), new org.familyties.retention.NewAppointment(wave.id(),
                startsAt, org.familyties.study.InterviewMode.IN_PERSON, "Community centre", today.plusDays(1)), user);
        assertThat(tracing.appointments(study, mother.pseudonym(), user)).singleElement()
                .satisfies(a -> assertThat(a.startsAt()).isEqualTo(startsAt));
        tracing.changeAppointment(study, mother.pseudonym(), appointment.id(),
                org.familyties.retention.AppointmentStatus.CANCELLED, user);
        tracing.setWaveStatus(study, mother.pseudonym(), wave.id(), org.familyties.retention.WaveOutcome.REFUSED, "not now",
                user);
        assertThat(pathways.pathway(study, mother.pseudonym(), user).waves()).singleElement()
                .satisfies(w -> assertThat(w.outcome()).isEqualTo(org.familyties.retention.WaveOutcome.REFUSED));
        tracing.setWaveStatus(study, mother.pseudonym(), wave.id(), null, null, user);
        var weights = new org.familyties.retention.PriorityWeights(10.5, 20, 5, 0, 2, 1, 60, 120);
        worklist.saveWeights(study, weights, user);
        assertThat(worklist.weights(study, user)).isEqualTo(weights);
        assertThat(worklist.worklist(study, wave.id(), user).rows()).singleElement()
                .satisfies(r -> assertThat(r.pseudonym()).isEqualTo(mother.pseudonym()));
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Autowired
    org.familyties.casework.Contacts contacts;
    @Autowired
    org.familyties.safeguarding.Restrictions safeguardingRestrictions;
    @Autowired
    org.familyties.safeguarding.Concerns concerns;
    @Autowired
    org.familyties.safeguarding.Liaison liaison;
    @Autowired
    org.familyties.safeguarding.SafeguardingAccess safeguardingAccess;
    @Autowired
    org.familyties.safeguarding.Safeguarding safeguarding;
    @Autowired
    org.familyties.safeguarding.SafeguardingReports safeguardingReports;

    @Test
    void safeguardingRecordsEnforcementAndAccessRoundTrip() {
        PrisonView prison = prisons.register(unique("G"), "HMP Safeguarding", Estate.WOMENS, "WALES");
        String worker = unique("w");
        users.create(new NewUser(worker, "Worker", "a-long-password-1", Set.of(Role.CASEWORKER), Set.of(prison.id()),
                Set.of(), Set.of()));
        String leadName = unique("l");
        users.create(new NewUser(leadName, "Lead", "a-long-password-1", Set.of(Role.SAFEGUARDING_LEAD),
                Set.of(prison.id()), Set.of(), Set.of()));
        CurrentUser user = users.currentUserFor(worker).orElseThrow();
        CurrentUser lead = users.currentUserFor(leadName).orElseThrow();
        String number = unique("S").toUpperCase();
        people.registerPersonInPrison("Safe", "Guarded", LocalDate.of(1982, 2, 2), number, prison.id());
        var referral = referrals.submit(new NewReferral(number, ReferralSource.SELF, null, "Contact",
                Urgency.ROUTINE, true, LocalDate.now()), user);
        long caseId = referrals.triage(referral.id(), TriageDecision.ACCEPT, "Eligible", referral.version(), user).caseId();
        CaseView c = cases.addFamilyMember(caseId, new CaseInputs.FamilyMember("Kit", "Guarded",
                LocalDate.now().minusYears(6), null, FamilyRole.CHILD, 0), user);
        long child = c.familyMembers().get(0).personId();
        LocalDate today = LocalDate.now();

        var r = safeguardingRestrictions.add(caseId, new org.familyties.safeguarding.RestrictionInput(child,
                org.familyties.safeguarding.RestrictionType.SUPERVISED_VISITS_ONLY,
                org.familyties.safeguarding.RestrictionSource.CHILD_PROTECTION_PLAN, today.minusDays(3),
                today.plusMonths(6), today.minusDays(1), null, "ünïcode plan"), lead);
        assertThat(r.endsOn()).isEqualTo(today.plusMonths(6));
        assertThat(r.details()).isEqualTo("ünïcode plan");
        concerns.raise(caseId, new org.familyties.safeguarding.ConcernInput(child, "Teacher", today,
                org.familyties.safeguarding.ConcernCategory.NEGLECT, "Hungry", null, null), lead);
        var agency = liaison.addAgency(caseId, new org.familyties.safeguarding.AgencyContactInput(child,
                org.familyties.safeguarding.AgencyRole.SOCIAL_WORKER, "Sol Worker", "Council", null, "sol@example.org"), lead);
        liaison.record(caseId, new org.familyties.safeguarding.LiaisonInput(agency.id(), child,
                org.familyties.safeguarding.LiaisonKind.CORE_GROUP_MEETING, today, "Met", "Contact log", "Sol Worker",
                org.familyties.safeguarding.SharingBasis.CONSENT), lead);

        var call = new org.familyties.casework.ContactInput(org.familyties.casework.ContactKind.PHONE_CALL,
                today.atStartOfDay(), List.of(child), 10, false, null, org.familyties.casework.ContactOutcome.HAPPENED, null);
        assertThatThrownBy(() -> contacts.log(caseId, call, user))
                .isInstanceOf(org.familyties.shared.InvalidInputException.class)
                .hasMessageContaining("restriction " + r.id());
        assertThat(contacts.forCase(caseId, lead)).isEmpty();
        assertThat(contacts.log(caseId, call, "Agreed by the social worker", lead).participantIds()).containsExactly(child);
        assertThat(jdbc.sql("select decision from sg_enforcement where case_id = :c order by id").param("c", caseId)
                .query(String.class).list()).containsExactly("REFUSED", "OVERRIDDEN");

        var sg = safeguarding.forCase(caseId, lead);
        assertThat(sg.restrictions()).hasSize(1);
        assertThat(sg.concerns()).extracting(x -> x.description()).containsExactly("Hungry");
        assertThat(sg.liaison()).extracting(x -> x.basis()).containsExactly(org.familyties.safeguarding.SharingBasis.CONSENT);
        assertThat(safeguarding.forCase(caseId, user).restricted()).isTrue();
        var grant = safeguardingAccess.breakGlass(caseId, "Urgent visit", user);
        assertThat(grant.expiresAt()).isAfter(grant.requestedAt());
        assertThat(safeguarding.forCase(caseId, user).restricted()).isFalse();
        assertThat(safeguarding.workList(lead).reviewsOverdue()).extracting(x -> x.id()).containsExactly(r.id());
        assertThat(safeguarding.workList(lead).accessNeedingAttention()).extracting(x -> x.id()).containsExactly(grant.id());
        var report = safeguardingReports.report(lead);
        assertThat(report.openConcerns()).extracting(x -> x.group() + ":" + x.count()).containsExactly("NEGLECT:1");
        assertThat(report.reviewsDue()).extracting(x -> x.group() + ":" + x.count()).containsExactly("OVERDUE:1");
        assertThat(report.enforcement()).extracting(x -> x.group() + ":" + x.count())
                .containsExactly("OVERRIDDEN_LOGGED:1", "REFUSED_LOGGED:1");

        // planning is enforced too; a lead's override keeps the plan, which then changes and is recorded
        LocalDateTime nextWeek = today.plusDays(7).atTime(14, 0);
        var plan = new org.familyties.casework.PlannedContactInputs.Plan(org.familyties.casework.ContactKind.VIDEO_CALL,
                nextWeek, List.of(child), false, "ünïcode note", null, null);
        assertThatThrownBy(() -> plannedContacts.plan(caseId, plan, user))
                .isInstanceOf(org.familyties.shared.InvalidInputException.class);
        var planned = plannedContacts.plan(caseId, new org.familyties.casework.PlannedContactInputs.Plan(
                org.familyties.casework.ContactKind.VIDEO_CALL, nextWeek, List.of(child), false, "ünïcode note", null,
                "Approved by the social worker"), lead);
        assertThat(planned.plannedAt()).isEqualTo(nextWeek);
        assertThat(planned.note()).isEqualTo("ünïcode note");
        var moved = plannedContacts.change(caseId, planned.id(), new org.familyties.casework.PlannedContactInputs.Plan(
                org.familyties.casework.ContactKind.CHILD_CENTRED_VISIT, nextWeek, List.of(child), true, null,
                planned.version(), null), user);
        assertThat(moved.version()).isEqualTo(planned.version() + 1);
        assertThatThrownBy(() -> plannedContacts.cancel(caseId, planned.id(),
                new org.familyties.casework.PlannedContactInputs.Cancellation(planned.version(), "Stale"), user))
                .isInstanceOf(org.familyties.shared.ConflictException.class);
        assertThat(plannedContacts.cancel(caseId, planned.id(), new org.familyties.casework.PlannedContactInputs
                .Cancellation(moved.version(), "Visits hall closed"), user).status())
                .isEqualTo(org.familyties.casework.PlannedContactStatus.CANCELLED);
        assertThat(jdbc.sql("select action from sg_enforcement where case_id = :c and decision = 'OVERRIDDEN' order by id")
                .param("c", caseId).query(String.class).list()).containsExactly("LOGGED", "PLANNED");

        // a release hands the case over
        int version = cases.view(caseId, user).version();
        cases.recordMove(caseId, new CaseInputs.Move(null, today, version,
                org.familyties.casework.ReleaseDecision.HAND_OVER, null, null,
                org.familyties.casework.HandoverTo.LOCAL_FAMILY_SERVICE, "Family Hub Wales", today, "Needs: ünïcode"), user);
        CaseView handed = cases.view(caseId, user);
        assertThat(handed.status()).isEqualTo(org.familyties.casework.CaseStatus.CLOSED);
        assertThat(handed.handover().handedTo()).isEqualTo("Family Hub Wales");
        assertThat(handed.handover().note()).isEqualTo("Needs: ünïcode");
    }

    @Autowired
    org.familyties.casework.PlannedContacts plannedContacts;
}
