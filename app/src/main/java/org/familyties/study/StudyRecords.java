package org.familyties.study;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.instruments.Answer;
import org.familyties.instruments.CalculatedFields;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.Instrument;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.RecordProblem;
import org.familyties.instruments.RecordValidation;
import org.familyties.instruments.RecordValidator;
import org.familyties.instruments.Responses;
import org.familyties.instruments.ScaleScores;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data entry: one participant's answers to one scheduled instrument at one wave. Answers are checked
 * against the study's dictionary; answers to questions that branching hides are dropped; a record can be
 * saved incomplete with required answers still blank, but never with a wrong answer; every change is
 * audited with old and new values.
 */
@Service
@Transactional(readOnly = true)
public class StudyRecords {

    public static final String RECORD_TYPE = "StudyRecord";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final DictionaryStore dictionaries;
    private final RecordStore store;
    private final RecordGate gate;
    private final RecordScoring scoring;
    private final AuditLog auditLog;
    private final Clock clock;

    StudyRecords(StudyDesigns designs, StudyFamilies families, DictionaryStore dictionaries, RecordStore store,
                 RecordGate gate, RecordScoring scoring, AuditLog auditLog, Clock clock) {
        this.designs = designs;
        this.families = families;
        this.dictionaries = dictionaries;
        this.store = store;
        this.gate = gate;
        this.scoring = scoring;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    private record Context(StudyDesign design, Participant participant, InformantRole role, Wave wave,
                           DataDictionary dictionary, Instrument instrument) {
    }

    private Context context(long studyId, String pseudonym, long waveId, String instrumentName, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        Participant participant = families.participant(studyId, pseudonym, user);
        Wave wave = design.wave(waveId).orElseThrow(() -> new RecordNotFoundException("Wave", waveId));
        if (!design.isScheduled(waveId, participant.roleId(), instrumentName)) {
            throw new RecordNotFoundException("Scheduled instrument", instrumentName);
        }
        DataDictionary dictionary = dictionaries.find(studyId)
                .orElseThrow(() -> new RecordNotFoundException("Data dictionary of study", studyId));
        Instrument instrument = dictionary.instrument(instrumentName)
                .orElseThrow(() -> new RecordNotFoundException("Instrument", instrumentName));
        return new Context(design, participant, design.role(participant.roleId()).orElseThrow(), wave, dictionary,
                instrument);
    }

    /** The instruments scheduled for a participant at each wave, with the status of each record. */
    public Map<Wave, Map<String, RecordStatus>> overview(long studyId, String pseudonym, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        Participant participant = families.participant(studyId, pseudonym, user);
        Map<String, RecordStatus> statuses = new HashMap<>();
        store.recordsOf(participant.id()).forEach(r -> statuses.put(r.waveId() + ":" + r.instrument(), r.status()));
        Map<Wave, Map<String, RecordStatus>> overview = new LinkedHashMap<>();
        for (Wave wave : design.waves()) {
            Map<String, RecordStatus> row = new LinkedHashMap<>();
            for (String instrument : design.instrumentsFor(wave.id(), participant.roleId())) {
                row.put(instrument, statuses.get(wave.id() + ":" + instrument));
            }
            overview.put(wave, row);
        }
        return overview;
    }

    public RecordView record(long studyId, String pseudonym, long waveId, String instrument, CurrentUser user) {
        Context c = context(studyId, pseudonym, waveId, instrument, user);
        var stored = store.find(c.participant().id(), waveId, instrument);
        Map<String, String> raw = stored.map(r -> store.responses(r.id())).orElse(Map.of());
        return view(c, stored.map(RecordStore.StoredRecord::status).orElse(null), raw);
    }

    /** Answers as typed, for showing a rejected form again without saving it. */
    public RecordView unsaved(long studyId, String pseudonym, long waveId, String instrument, Map<String, String> raw,
                              CurrentUser user) {
        Context c = context(studyId, pseudonym, waveId, instrument, user);
        var stored = store.find(c.participant().id(), waveId, instrument);
        return view(c, stored.map(RecordStore.StoredRecord::status).orElse(null), raw);
    }

    /**
     * Saves a record's answers (REDCap raw form: checkbox options as {@code field___code}, missing codes as the
     * answer) with the status asked for. Incomplete records may leave required answers blank; complete and
     * verified ones may not; a wrong answer is never saved. Nothing is saved when anything is refused.
     */
    @Transactional
    public RecordView save(long studyId, String pseudonym, long waveId, String instrument, Map<String, String> raw,
                           RecordStatus status, CurrentUser user) {
        Context c = context(studyId, pseudonym, waveId, instrument, user);
        gate.requireDataEntryAllowed(c.participant(), c.role(), c.wave());
        if (status == RecordStatus.VERIFIED && !user.hasIdentityAccess()) {
            throw InvalidInputException.of("status", "Only a data manager can mark a record verified");
        }
        Validated validated = validate(c, raw, status);
        if (!validated.problems().isEmpty()) {
            throw new InvalidInputException(validated.problems());
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var existing = store.find(c.participant().id(), waveId, instrument);
        Map<String, String> before = existing.map(r -> store.responses(r.id())).orElse(Map.of());
        long recordId;
        if (existing.isPresent()) {
            recordId = existing.get().id();
            store.updateStatus(recordId, status, now, user.username());
        } else {
            recordId = store.insert(studyId, c.participant().id(), waveId, instrument, status, now, user.username());
        }
        store.replaceResponses(recordId, validated.saved());
        scoring.rescore(studyId, recordId, instrument, c.dictionary(), validated.saved());
        String details = changes(before, validated.saved(), existing.map(RecordStore.StoredRecord::status).orElse(null),
                status);
        auditLog.changed(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, RECORD_TYPE, recordId, null,
                null, details);
        return view(c, status, validated.saved());
    }

    /**
     * Every record of a study with its raw answers (REDCap form), in family, participant, wave and
     * instrument order, for exports and analysis. Participants who asked for their data to be removed are
     * left out unless {@code includeRemoved}.
     */
    public List<ExportedRecord> exportRecords(long studyId, boolean includeRemoved, CurrentUser user) {
        designs.design(studyId, user);
        return store.export(studyId, includeRemoved);
    }

    record Validated(Map<String, String> saved, List<FieldProblem> problems) {
    }

    /** The dictionary of a study with what checking a record needs, built once per request or import. */
    record Checker(DataDictionary dictionary, RecordValidator validator, CalculatedFields calculations,
                   LocalDate today) {
        Checker(DataDictionary dictionary, LocalDate today) {
            this(dictionary, new RecordValidator(dictionary), new CalculatedFields(dictionary), today);
        }
    }

    /**
     * Checks answers to one instrument and computes its calc fields (a value given for one is replaced);
     * shared by data entry and bulk import.
     */
    static Validated check(Checker checker, Instrument instrument, Map<String, String> raw, RecordStatus status) {
        DataDictionary dictionary = checker.dictionary();
        CalculatedFields calculations = checker.calculations();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> fieldNames = new LinkedHashSet<>(instrument.fieldNames());
        Map<String, String> entered = raw;
        for (String key : raw.keySet()) {
            int sep = key.indexOf("___");
            String field = sep > 0 ? key.substring(0, sep) : key;
            if (!fieldNames.contains(field)) {
                problems.add(new FieldProblem(key, key + " is not a question of " + instrument.title()));
            } else if (calculations.isCalculated(field)) {
                if (entered == raw) {
                    entered = new LinkedHashMap<>(raw);
                }
                entered.remove(key);
            }
        }
        Responses responses = calculations.apply(Responses.fromRaw(entered, dictionary), checker.today());
        RecordValidation validation = checker.validator().validate(instrument.name(), responses);
        for (RecordProblem p : validation.problems()) {
            boolean blank = responses.answer(p.field()).isBlank();
            if (!blank || status.isDone()) {
                problems.add(new FieldProblem(p.field(), p.message()));
            }
        }
        Responses kept = validation.saved();
        if (!calculations.isEmpty()) {
            kept = calculations.apply(kept, checker.today());
            for (String hidden : validation.hiddenFields()) {
                kept = kept.without(hidden);
            }
        }
        Map<String, String> saved = new LinkedHashMap<>();
        kept.toRaw(dictionary).forEach((key, value) -> {
            int sep = key.indexOf("___");
            String field = sep > 0 ? key.substring(0, sep) : key;
            if (fieldNames.contains(field) && !(sep > 0 && "0".equals(value))) {
                saved.put(key, value);
            }
        });
        return new Validated(saved, problems);
    }

    private Validated validate(Context c, Map<String, String> raw, RecordStatus status) {
        return check(checker(c.dictionary()), c.instrument(), raw, status);
    }

    Checker checker(DataDictionary dictionary) {
        return new Checker(dictionary, LocalDate.now(clock));
    }

    private RecordView view(Context c, RecordStatus status, Map<String, String> raw) {
        DataDictionary dictionary = c.dictionary();
        Checker checker = checker(dictionary);
        Responses responses = checker.calculations().apply(Responses.fromRaw(raw, dictionary), checker.today());
        RecordValidation validation = checker.validator().validate(c.instrument().name(), responses);
        List<FormField> fields = new ArrayList<>();
        for (Field f : c.instrument().fields()) {
            if (validation.hiddenFields().contains(f.name()) || f.type() == FieldType.FILE) {
                continue;
            }
            Answer answer = responses.answer(f.name());
            String value = answer instanceof Answer.Value v ? v.text() : "";
            Set<String> ticked = answer instanceof Answer.Ticked t ? t.codes() : Set.of();
            String missing = answer instanceof Answer.Missing m ? m.code().code() : "";
            boolean numeric = f.type() == FieldType.SLIDER || f.textValidation().map(tv -> tv.isNumeric()).orElse(false);
            String min = f.type() == FieldType.SLIDER ? trim(f.sliderMin()) : f.validationMin();
            String max = f.type() == FieldType.SLIDER ? trim(f.sliderMax()) : f.validationMax();
            fields.add(new FormField(f.name(), f.type(), f.label(), f.fieldNote(), f.required(), f.effectiveChoices(),
                    value, new TreeSet<>(ticked), missing, min, max, numeric));
        }
        List<String> missing = new ArrayList<>();
        for (RecordProblem p : validation.problems()) {
            if (responses.answer(p.field()).isBlank()) {
                dictionary.field(p.field()).ifPresent(f -> missing.add(f.label()));
            }
        }
        List<ScaleScores> scores = status == null ? List.of()
                : scoring.scores(c.design().study().id(), c.instrument().name(), dictionary, raw);
        return new RecordView(c.design().study().id(), c.participant(), c.role(), c.wave(), c.instrument().name(),
                c.instrument().title(), status, fields, missing, raw, scores, MissingCode.DEFAULTS,
                gate.refusal(c.participant(), c.role(), c.wave()).orElse(null));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String changes(Map<String, String> before, Map<String, String> after, RecordStatus oldStatus,
                                  RecordStatus newStatus) {
        StringBuilder json = new StringBuilder("{");
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        if (oldStatus != newStatus) {
            json.append("\"status\":{\"old\":").append(Json.quote(oldStatus == null ? null : oldStatus.name()))
                    .append(",\"new\":").append(Json.quote(newStatus.name())).append("}");
        }
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (old == null ? now != null : !old.equals(now)) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(Json.quote(key)).append(":{\"old\":").append(Json.quote(old)).append(",\"new\":")
                        .append(Json.quote(now)).append('}');
            }
        }
        return json.append('}').toString();
    }
}
