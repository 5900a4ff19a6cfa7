package org.familyties.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.DataDictionaryCsv;
import org.familyties.instruments.DictionaryImportResult;
import org.familyties.instruments.DictionaryProblem;
import org.familyties.instruments.Instrument;
import org.familyties.instruments.MissingCode;
import org.familyties.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each study's data dictionary: checked on upload, replaced as a whole, exported as REDCap CSV. */
@Service
@Transactional(readOnly = true)
public class StudyDictionaries {

    static final String RECORD_TYPE = "StudyDictionary";

    private final Studies studies;
    private final DictionaryStore store;
    private final DesignStore design;
    private final AuditLog auditLog;

    private final RecordScoring scoring;

    StudyDictionaries(Studies studies, DictionaryStore store, DesignStore design, AuditLog auditLog,
                      RecordScoring scoring) {
        this.studies = studies;
        this.store = store;
        this.design = design;
        this.auditLog = auditLog;
        this.scoring = scoring;
    }

    /** The scales scored from an instrument of the study. */
    public List<String> scalesOf(long studyId, String instrument, CurrentUser user) {
        studies.get(studyId, user);
        return scoring.scaleIds(studyId, instrument);
    }

    /**
     * Attaches built-in scales (ScaleDefinitions ids) to an instrument: every item of each scale must be a
     * field of the instrument. Records saved from now on are scored with them.
     */
    @Transactional
    public List<String> attachScales(long studyId, String instrument, List<String> scaleIds, CurrentUser user) {
        DataDictionary dictionary = dictionary(studyId, user)
                .orElseThrow(() -> org.familyties.shared.InvalidInputException.of("instrument",
                        "The study has no data dictionary yet"));
        Instrument inst = dictionary.instrument(instrument).orElseThrow(() ->
                new org.familyties.shared.RecordNotFoundException("Instrument", instrument));
        List<org.familyties.shared.FieldProblem> problems = new ArrayList<>();
        for (String id : scaleIds) {
            org.familyties.instruments.ScaleDefinition scale;
            try {
                scale = org.familyties.instruments.ScaleDefinitions.builtIn(id);
            } catch (RuntimeException e) {
                problems.add(new org.familyties.shared.FieldProblem("scales", "There is no scale " + id));
                continue;
            }
            for (int item = 1; item <= scale.itemCount(); item++) {
                if (!inst.fieldNames().contains(scale.itemField(item))) {
                    problems.add(new org.familyties.shared.FieldProblem("scales", "Scale " + id + " needs the field "
                            + scale.itemField(item) + " in " + instrument));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new org.familyties.shared.InvalidInputException(problems);
        }
        List<String> before = scoring.scaleIds(studyId, instrument);
        scoring.attach(studyId, instrument, List.copyOf(new java.util.TreeSet<>(scaleIds)));
        auditLog.changed(AuditAction.UPDATE, "InstrumentScales", studyId + ":" + instrument, null, null,
                "{\"old\":" + Json.quote(String.join(",", before)) + ",\"new\":"
                        + Json.quote(String.join(",", new java.util.TreeSet<>(scaleIds))) + "}");
        return scoring.scaleIds(studyId, instrument);
    }

    public Optional<DataDictionary> dictionary(long studyId, CurrentUser user) {
        studies.get(studyId, user);
        return store.find(studyId);
    }

    public Set<String> instrumentNames(long studyId, CurrentUser user) {
        studies.get(studyId, user);
        return store.instrumentNames(studyId);
    }

    /** The study's missing-data codes (kept outside the dictionary file, as REDCap does). */
    public List<MissingCode> missingCodes() {
        return MissingCode.DEFAULTS;
    }

    /**
     * Checks a dictionary without storing it. Besides the file's own problems, an instrument the schedule
     * still uses must not disappear.
     */
    public DictionaryImportResult check(long studyId, String csv, CurrentUser user) {
        studies.get(studyId, user);
        DictionaryImportResult result = DataDictionaryCsv.read(csv, MissingCode.DEFAULTS);
        if (!result.succeeded()) {
            return result;
        }
        List<DictionaryProblem> problems = new ArrayList<>();
        Set<String> instruments = result.orElseThrow().instruments().stream().map(Instrument::name)
                .collect(java.util.stream.Collectors.toSet());
        design.schedule(studyId).stream().map(ScheduleEntry::instrument).distinct()
                .filter(name -> !instruments.contains(name))
                .forEach(name -> problems.add(new DictionaryProblem(0, "Form Name", "The schedule uses the instrument "
                        + name + ", which this dictionary does not have; take it off the schedule first")));
        return problems.isEmpty() ? result : DictionaryImportResult.failure(problems);
    }

    /** Replaces the study's dictionary if it has no problems; otherwise nothing changes. */
    @Transactional
    public DictionaryImportResult replace(long studyId, String csv, CurrentUser user) {
        DictionaryImportResult result = check(studyId, csv, user);
        if (result.succeeded()) {
            int before = store.find(studyId).map(d -> d.fields().size()).orElse(0);
            DataDictionary dictionary = result.orElseThrow();
            store.replace(studyId, dictionary, user.username());
            auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, studyId, null, null,
                    "{\"fieldsBefore\":" + before + ",\"fieldsAfter\":" + dictionary.fields().size() + "}");
        }
        return result;
    }

    /** Stores a dictionary built in code (demo data); it must be valid. */
    @Transactional
    public void install(long studyId, DataDictionary dictionary) {
        store.replace(studyId, dictionary, "system");
    }

    public Optional<String> exportCsv(long studyId, CurrentUser user) {
        return dictionary(studyId, user).map(DataDictionaryCsv::write);
    }
}
