package org.familyties.study;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.Instrument;
import org.familyties.instruments.ScaleDefinition;
import org.familyties.instruments.Responses;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of records from CSV: one row per participant and wave, a column per dictionary field
 * (checkbox options as {@code field___code}), optional {@code <instrument>_complete} columns (REDCap's
 * 0 incomplete, 1 unverified, 2 complete). Calc fields are computed from the row's answers; a column for one
 * is accepted, as REDCap exports it, but its value is replaced. The whole file is checked first and every bad cell reported;
 * only a file without problems is written, in batches, replacing the answers of records it names.
 */
@Service
public class RecordImports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecordImports.class);

    static final String PARTICIPANT = "participant";
    static final String WAVE = "wave";
    static final String COMPLETE_SUFFIX = "_complete";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final DictionaryStore dictionaries;
    private final RecordStore store;
    private final RecordScoring scoring;
    private final RecordGate gate;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordImports(StudyDesigns designs, StudyFamilies families, DictionaryStore dictionaries, RecordStore store,
                  RecordScoring scoring, RecordGate gate, AuditLog auditLog, Clock clock) {
        this.designs = designs;
        this.families = families;
        this.dictionaries = dictionaries;
        this.store = store;
        this.scoring = scoring;
        this.gate = gate;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A column of the file: the instrument it belongs to, and whether it holds the record's status. */
    private record Column(String name, Instrument instrument, boolean isStatus) {
    }

    private record Parsed(Participant participant, Wave wave, Instrument instrument, RecordStatus status,
                          Map<String, String> raw) {
    }

    @Transactional
    public ImportReport importCsv(long studyId, Reader csv, CurrentUser user) {
        long started = System.nanoTime();
        StudyDesign design = designs.design(studyId, user);
        List<CellProblem> problems = new ArrayList<>();
        DataDictionary dictionary = dictionaries.find(studyId).orElse(null);
        if (dictionary == null) {
            return new ImportReport(0, 0, 0, List.of(new CellProblem(0, "", "The study has no data dictionary yet")));
        }
        Map<String, Participant> participants = new HashMap<>();
        families.participants(studyId, user).forEach(p -> participants.put(p.pseudonym(), p));
        List<Column> columns = new ArrayList<>();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        dictionary.instruments().forEach(i -> instruments.put(i.name(), i));
        StudyRecords.Checker checker = new StudyRecords.Checker(dictionary, LocalDate.now(clock));
        RecordGate.StudyGate studyGate = gate.forStudy(studyId);
        List<Parsed> parsed = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains(PARTICIPANT) || !header.contains(WAVE)) {
                problems.add(new CellProblem(1, "", "The first row must name the columns, including "
                        + PARTICIPANT + " and " + WAVE));
            }
            for (String column : header) {
                if (column.equals(PARTICIPANT) || column.equals(WAVE)) {
                    columns.add(null);
                    continue;
                }
                Instrument instrument = instrumentOf(column, dictionary, instruments);
                if (instrument == null) {
                    problems.add(new CellProblem(1, column, column + " is not a field of the study's dictionary"));
                }
                columns.add(new Column(column, instrument, instrument != null
                        && column.equals(instrument.name() + COMPLETE_SUFFIX) && dictionary.field(column).isEmpty()));
            }
            if (!problems.isEmpty()) {
                return new ImportReport(0, 0, 0, problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                rows++;
                int row = (int) record.getRecordNumber() + 1;
                parseRow(record, row, header, columns, design, participants, instruments, checker, studyGate, seen,
                        parsed, problems);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new CellProblem(0, "", "The file could not be read as CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(rows, 0, 0, problems);
        }
        long checked = System.nanoTime();
        long responses = write(studyId, parsed, dictionary, user);
        log.info("Imported {} rows into study {}: {} records, {} answers; checked in {} ms, written in {} ms", rows,
                studyId, parsed.size(), responses, (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        auditLog.changed(AuditAction.UPDATE, StudyRecords.RECORD_TYPE, "import:" + studyId, null, null,
                "{\"rows\":" + rows + ",\"records\":" + parsed.size() + ",\"responses\":" + responses + "}");
        return new ImportReport(rows, parsed.size(), responses, List.of());
    }

    private static Instrument instrumentOf(String column, DataDictionary dictionary, Map<String, Instrument> instruments) {
        if (column.endsWith(COMPLETE_SUFFIX)) {
            Instrument i = instruments.get(column.substring(0, column.length() - COMPLETE_SUFFIX.length()));
            if (i != null) {
                return i;
            }
        }
        int sep = column.indexOf("___");
        String fieldName = sep > 0 ? column.substring(0, sep) : column;
        Field field = dictionary.field(fieldName).orElse(null);
        if (field == null || field.type() == FieldType.DESCRIPTIVE) {
            return null;
        }
        if ((sep > 0) != (field.type() == FieldType.CHECKBOX)) {
            return null;
        }
        if (sep > 0 && field.choice(column.substring(sep + 3)).isEmpty()) {
            return null;
        }
        return instruments.get(field.formName());
    }

    private void parseRow(CSVRecord record, int row, List<String> header, List<Column> columns, StudyDesign design,
                          Map<String, Participant> participants, Map<String, Instrument> instruments,
                          StudyRecords.Checker checker, RecordGate.StudyGate studyGate,
                          Set<String> seen, List<Parsed> parsed, List<CellProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(new CellProblem(row, "", "The row has " + record.size() + " cells but the header has "
                    + header.size()));
            return;
        }
        String pseudonym = record.get(PARTICIPANT).strip();
        Participant participant = participants.get(pseudonym);
        if (participant == null) {
            problems.add(new CellProblem(row, PARTICIPANT, "No participant of this study has the id " + pseudonym));
        }
        String waveText = record.get(WAVE).strip();
        Wave wave = design.waveNamed(waveText).orElseGet(() -> design.waves().stream()
                .filter(w -> String.valueOf(w.position()).equals(waveText)).findFirst().orElse(null));
        if (wave == null) {
            problems.add(new CellProblem(row, WAVE, "The study has no wave " + waveText));
        }
        if (participant == null || wave == null) {
            return;
        }
        if (!seen.add(pseudonym + "\u0000" + wave.id())) {
            problems.add(new CellProblem(row, PARTICIPANT, pseudonym + " at " + wave.name()
                    + " appears on an earlier row too"));
            return;
        }
        InformantRole role = design.role(participant.roleId()).orElseThrow();
        // keyed by instrument name: hashing an Instrument hashes every field it holds
        Map<String, Map<String, String>> byInstrument = new LinkedHashMap<>();
        Map<String, String> statusCell = new HashMap<>();
        Map<String, String> firstColumn = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column == null) {
                continue;
            }
            String value = record.get(c).strip();
            if (value.isEmpty()) {
                continue;
            }
            String instrument = column.instrument().name();
            firstColumn.putIfAbsent(instrument, column.name());
            if (column.isStatus()) {
                statusCell.put(instrument, value);
            } else {
                byInstrument.computeIfAbsent(instrument, i -> new LinkedHashMap<>()).put(column.name(), value);
            }
        }
        Set<String> touched = new java.util.LinkedHashSet<>(byInstrument.keySet());
        touched.addAll(statusCell.keySet());
        boolean refusedReported = false;
        for (String name : touched) {
            Instrument instrument = instruments.get(name);
            if (!design.isScheduled(wave.id(), role.id(), name)) {
                problems.add(new CellProblem(row, firstColumn.get(name), name
                        + " is not scheduled for " + role.name() + " at " + wave.name()));
                continue;
            }
            var refusal = studyGate.refusal(participant, role, wave);
            if (refusal.isPresent()) {
                if (!refusedReported) {
                    problems.add(new CellProblem(row, PARTICIPANT, refusal.get()));
                    refusedReported = true;
                }
                continue;
            }
            RecordStatus status = status(statusCell.get(name), row, instrument, problems);
            Map<String, String> raw = byInstrument.getOrDefault(name, Map.of());
            var checked = StudyRecords.check(checker, instrument, raw, status == null
                    ? RecordStatus.INCOMPLETE : status);
            for (FieldProblem p : checked.problems()) {
                problems.add(new CellProblem(row, columnOf(p.field(), raw), p.message()));
            }
            parsed.add(new Parsed(participant, wave, instrument, status == null ? RecordStatus.INCOMPLETE : status,
                    checked.saved()));
        }
    }

    private static String columnOf(String field, Map<String, String> raw) {
        if (raw.containsKey(field)) {
            return field;
        }
        return raw.keySet().stream().filter(k -> k.startsWith(field + "___")).findFirst().orElse(field);
    }

    private static RecordStatus status(String cell, int row, Instrument instrument, List<CellProblem> problems) {
        if (cell == null) {
            return RecordStatus.INCOMPLETE;
        }
        return switch (cell) {
            case "0" -> RecordStatus.INCOMPLETE;
            case "1", "2" -> RecordStatus.COMPLETE;
            default -> {
                problems.add(new CellProblem(row, instrument.name() + COMPLETE_SUFFIX,
                        "Enter 0 (incomplete), 1 (unverified) or 2 (complete)"));
                yield null;
            }
        };
    }

    private long write(long studyId, List<Parsed> parsed, DataDictionary dictionary, CurrentUser user) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        Map<String, Long> ids = store.recordIds(studyId);
        List<Long> existing = new ArrayList<>();
        List<Object[]> statusUpdates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Parsed p : parsed) {
            Long id = ids.get(RecordStore.key(p.participant().id(), p.wave().id(), p.instrument().name()));
            if (id != null) {
                existing.add(id);
                statusUpdates.add(new Object[] {p.status().name(), now, user.username(), id});
            } else {
                inserts.add(new Object[] {studyId, p.participant().id(), p.wave().id(), p.instrument().name(),
                        p.status().name(), now, user.username()});
            }
        }
        store.clearResponses(existing);
        scoring.clear(existing);
        store.batchUpdateStatus(statusUpdates);
        store.batchInsertRecords(inserts);
        ids = store.recordIds(studyId);
        Map<String, List<ScaleDefinition>> scales = scoring.scalesByInstrument(studyId);
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (Parsed p : parsed) {
            long id = ids.get(RecordStore.key(p.participant().id(), p.wave().id(), p.instrument().name()));
            p.raw().forEach((field, answer) -> responses.add(new Object[] {id, field, answer}));
            List<ScaleDefinition> defs = scales.getOrDefault(p.instrument().name(), List.of());
            if (!defs.isEmpty()) {
                Responses r = Responses.fromRaw(p.raw(), dictionary);
                defs.forEach(d -> scores.addAll(RecordScoring.rows(id, d.score(r))));
            }
        }
        store.batchInsertResponses(responses);
        scoring.insert(scores);
        return responses.size();
    }
}
