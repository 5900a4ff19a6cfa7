package org.familyties.export.deposit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.familyties.export.Coarsening;
import org.familyties.export.DataPackage;
import org.familyties.export.DateShift;
import org.familyties.export.DepositOptions;
import org.familyties.export.DepositOptions.Dates;
import org.familyties.export.DeterministicZip;
import org.familyties.export.IdRekeying;
import org.familyties.export.LabelledDataset;
import org.familyties.export.Recode;
import org.familyties.export.StudyDescription;
import org.familyties.export.StreamingZip;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.export.deposit.DepositInput.RoleInfo;
import org.familyties.export.deposit.DepositInput.WaveInfo;
import org.familyties.instruments.MissingCode;

/**
 * Builds a deposit package from data already read from the study. Pure: the same input gives the same
 * data files, byte for byte (every data file is stamped with one fixed time; only the README says when
 * the deposit was made).
 */
public final class DepositBuilder {

    /** The time stamped on data files and zip entries, so that equal data give equal bytes. */
    public static final java.time.LocalDateTime FILE_TIME = DeterministicZip.DEFAULT_TIME;
    /** zlib's default level. */
    static final int ZIP_LEVEL = 6;

    private DepositBuilder() {
    }

    /** Builds the package and writes its zip to {@code out} entry by entry; the stream is flushed, not closed. */
    public static DepositResult build(DepositInput in, java.time.LocalDateTime exportedAt, java.io.OutputStream out) {
        try {
            return write(in, exportedAt, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DepositResult write(DepositInput in, java.time.LocalDateTime exportedAt, java.io.OutputStream out)
            throws IOException {
        DepositOptions o = in.options();
        Set<String> instruments = new TreeSet<>();
        in.fields().forEach(f -> instruments.add(f.formName()));
        if (!o.instruments().isEmpty()) {
            instruments.retainAll(o.instruments());
        }
        ColumnPlan plan = new ColumnPlan(in.fields(), in.missingCodes(), in.scoreInstruments(), instruments,
                "REVIEW".equalsIgnoreCase(o.freeText()));
        Map<String, Variable> released = new HashMap<>();
        plan.columns().forEach(c -> released.put(OptionsCheck.key(c.variable().name()), c.variable()));
        OptionsCheck.check(o, in, released);

        List<WaveInfo> waves = in.waves().stream()
                .filter(w -> o.waves().isEmpty() || o.waves().contains(w.position())).toList();
        Set<Integer> wavePositions = new HashSet<>();
        waves.forEach(w -> wavePositions.add(w.position()));
        List<RoleInfo> roles = in.roles().stream().filter(r -> o.roles().isEmpty() || o.roles().contains(r.code())).toList();
        Set<String> missing = new HashSet<>();
        in.missingCodes().forEach(m -> missing.add(m.code()));

        IdRekeying rekeying = new IdRekeying(in.studySecret());
        Set<String> pseudonyms = new TreeSet<>();
        Set<String> familyCodes = new TreeSet<>();
        in.members().stream().filter(m -> !in.excluded().containsKey(m.pseudonym())).forEach(m -> {
            pseudonyms.add(m.pseudonym());
            familyCodes.add(m.familyCode());
        });
        ReleasedIds ids = new ReleasedIds(o.idsChoice(), rekeying, pseudonyms, familyCodes);
        DateShift shift = new DateShift(in.studySecret(), o.maxShiftDaysOrDefault());
        java.util.function.BiFunction<String, LocalDate, LocalDate> dates =
                o.datesChoice() == Dates.SHIFT ? shift::shift : (p, d) -> d;

        Map<String, LongForm> byRole = new HashMap<>();
        for (RoleInfo role : roles) {
            byRole.put(role.code(), new LongForm(plan.columns(), missing, dates));
        }
        Map<String, String> participantOf = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        for (var m : in.members()) {
            if (pseudonyms.contains(m.pseudonym())) {
                participantOf.put(m.pseudonym(), ids.participant(m.pseudonym()));
                familyOf.put(m.pseudonym(), ids.family(m.familyCode()));
            }
        }
        Set<String> withData = new HashSet<>();
        in.observations().forEach(obs -> {
            LongForm form = byRole.get(obs.roleCode());
            String participant = participantOf.get(obs.pseudonym());
            if (form != null && participant != null && wavePositions.contains(obs.wavePosition())
                    && form.add(obs, participant, familyOf.get(obs.pseudonym()))) {
                withData.add(obs.pseudonym());
            }
        });

        List<RoleData> roleData = new ArrayList<>();
        Map<String, Integer> topCoded = new LinkedHashMap<>();
        Map<String, Double> recodingLoss = new LinkedHashMap<>();
        for (RoleInfo role : roles) {
            String base = datasetName(role.code());
            LabelledDataset longForm = byRole.remove(role.code()).build(base + "_long",
                    ColumnPlan.trimChars(role.name() + ": one row per participant and wave"), waves);
            longForm = coarsenDates(longForm, o.datesChoice());
            longForm = topCode(longForm, o, topCoded, role.code());
            longForm = recode(longForm, o, recodingLoss, role.code());
            LabelledDataset wideForm = WideForm.build(base + "_wide",
                    ColumnPlan.trimChars(role.name() + ": one row per participant"), longForm, waves);
            RoleDisclosure disclosure = RoleDisclosure.apply(longForm, wideForm, lower(o.quasiIdentifiers()), o.kOrDefault());
            roleData.add(new RoleData(role, disclosure));
        }
        LabelledDataset linkage = FamilyLinkage.build(in, withData, ids, o.datesChoice(), shift);
        Transcripts.Released transcripts = Transcripts.release(in, withData, wavePositions, roles, ids);

        // The default deflate level: several times faster than the best on these repetitive files, a little larger.
        StreamingZip zip = new StreamingZip(out, FILE_TIME, ZIP_LEVEL);
        StudyDescription study = new StudyDescription(in.studyTitle(), in.studyCode(), List.of(),
                "Pseudonymised deposit of the study's questionnaire data and scale scores.", "survey data");
        List<DatasetSummary> datasets = new ArrayList<>();
        for (RoleData r : roleData) {
            addDataset(zip, r.disclosure().longForm(), study, datasets);
            addDataset(zip, r.disclosure().wideForm(), study, datasets);
        }
        addDataset(zip, linkage, study, datasets);
        for (var file : transcripts.files().entrySet()) {
            zip.add(file.getKey(), file.getValue());
        }
        List<String> riskFiles = new ArrayList<>();
        for (RoleData r : roleData) {
            if (r.disclosure().report() != null) {
                String name = "disclosure/" + datasetName(r.role().code()) + "_record_risk.csv";
                zip.add(name, DepositDocuments.recordRisks(r.disclosure()));
                riskFiles.add(name);
            }
        }
        DepositDocuments docs = new DepositDocuments(in, o, exportedAt, waves, roles, plan, roleData, datasets,
                topCoded, recodingLoss, transcripts.files().size(), riskFiles);
        zip.add("disclosure/disclosure-report.txt", docs.disclosureReport());
        zip.add("README.txt", docs.readme());
        zip.finish();

        StringBuilder log = new StringBuilder("kind,study id,released id\n");
        ids.log().forEach(line -> log.append(line).append('\n'));
        transcripts.log().forEach(line -> log.append(line).append('\n'));
        List<DepositResult.RoleRisk> risks = roleData.stream().filter(r -> r.disclosure().report() != null)
                .map(r -> DepositResult.RoleRisk.of(r.role().code(), r.disclosure())).toList();
        return new DepositResult(zip.sha256(), zip.size(), log.toString(), datasets, risks, in.excluded().size(),
                plan.droppedIdentifiers(), plan.droppedFreeText(), plan.keptFreeText());
    }

    record RoleData(RoleInfo role, RoleDisclosure disclosure) {
    }

    public record DatasetSummary(String name, int rows, int variables) {
    }

    static String datasetName(String roleCode) {
        String n = roleCode.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0)) ? "role" + n : n;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(OptionsCheck::key).toList();
    }

    private static void addDataset(StreamingZip zip, LabelledDataset data, StudyDescription study,
                                   List<DatasetSummary> datasets) throws IOException {
        DataPackage p = new DataPackage(data, study, FILE_TIME);
        String n = "data/" + data.name();
        zip.add(n + ".csv", p::writeCsv);
        zip.add(n + ".sps", p::writeSpssSyntax);
        zip.add(n + ".sav", p::writeSav);
        zip.add(n + ".dta", p::writeDta);
        zip.add(n + ".R", p::writeRScript);
        zip.add(n + "-ddi.xml", p::writeDdi);
        zip.add(n + "-codebook.html", p::writeHtmlCodebook);
        datasets.add(new DatasetSummary(data.name(), data.rowCount(), data.variables().size()));
    }

    private static LabelledDataset coarsenDates(LabelledDataset data, Dates choice) {
        if (choice == Dates.SHIFT) {
            return data;
        }
        for (Variable v : data.variables()) {
            if (v.kind() == VariableKind.DATE) {
                data = choice == Dates.YEAR ? Coarsening.toYear(data, v.name()) : Coarsening.toYearMonth(data, v.name());
            }
        }
        return data;
    }

    private static LabelledDataset topCode(LabelledDataset data, DepositOptions o, Map<String, Integer> changed,
                                           String role) {
        for (DepositOptions.TopCode t : o.topCodes()) {
            String name = OptionsCheck.key(t.variable());
            if (!has(data, name)) {
                continue;
            }
            Coarsening.TopCoded result = t.percentile() != null
                    ? Coarsening.topCodeAtPercentile(data, name, t.percentile())
                    : Coarsening.topCodeAt(data, name, t.cap());
            changed.merge(role + ": " + name + " at " + org.familyties.export.internal.Numbers.plain(result.cap()),
                    result.valuesChanged(), Integer::sum);
            data = result.data();
        }
        return data;
    }

    private static LabelledDataset recode(LabelledDataset data, DepositOptions o, Map<String, Double> loss, String role) {
        try {
            return recodeAll(data, o, loss, role);
        } catch (IllegalArgumentException e) {
            throw org.familyties.shared.InvalidInputException.of("bands", e.getMessage());
        }
    }

    private static LabelledDataset recodeAll(LabelledDataset data, DepositOptions o, Map<String, Double> loss,
                                             String role) {
        for (DepositOptions.Banding b : o.bands()) {
            String name = OptionsCheck.key(b.variable());
            if (has(data, name)) {
                Recode.Band[] bands = b.bands().stream().map(x -> new Recode.Band(
                        x.from() == null ? Double.NEGATIVE_INFINITY : x.from(),
                        x.to() == null ? Double.POSITIVE_INFINITY : x.to(), x.label())).toArray(Recode.Band[]::new);
                data = measured(data, Recode.bands(name, bands), loss, role);
            }
        }
        for (DepositOptions.Merge m : o.merges()) {
            String name = OptionsCheck.key(m.variable());
            if (has(data, name)) {
                Variable old = data.variable(name);
                Map<Double, Double> mapping = new HashMap<>();
                m.codes().forEach(code -> mapping.put(code, m.into()));
                Map<Double, String> labels = new java.util.TreeMap<>();
                old.valueLabels().forEach((code, label) -> {
                    if (!mapping.containsKey(code) && !old.isMissingCode(code)) {
                        labels.put(code, label);
                    }
                });
                labels.put(m.into(), ColumnPlan.trimBytes(mergedLabel(m, old), Variable.MAX_VALUE_LABEL_BYTES));
                data = measured(data, Recode.mergeCodes(name, mapping, labels), loss, role);
            }
        }
        return data;
    }

    /** The label given, else the labels of the merged codes joined ("Often or Always"), else the code. */
    private static String mergedLabel(DepositOptions.Merge m, Variable old) {
        if (m.label() != null && !m.label().isBlank()) {
            return m.label();
        }
        List<String> labels = new ArrayList<>();
        m.codes().stream().distinct().forEach(code -> {
            String label = old.valueLabel(code);
            labels.add(label == null ? org.familyties.export.internal.Numbers.plain(code) : label);
        });
        return String.join(" or ", labels);
    }

    /** Applies a recode and notes its information loss: 1 - distinct valid values after / before. */
    private static LabelledDataset measured(LabelledDataset data, Recode recode, Map<String, Double> loss, String role) {
        int before = distinct(data, recode.variable());
        LabelledDataset after = recode.apply(data);
        int now = distinct(after, recode.variable());
        loss.merge(role + ": " + recode.variable(), before <= 1 ? 0 : 1 - (double) now / before,
                (a, b) -> 1 - (1 - a) * (1 - b));
        return after;
    }

    private static int distinct(LabelledDataset data, String variable) {
        int c = data.indexOf(variable);
        Variable v = data.variables().get(c);
        Set<Object> values = new HashSet<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object value = data.value(r, c);
            if (value != null && !(value instanceof Double d && v.isMissingCode(d))) {
                values.add(value);
            }
        }
        return values.size();
    }

    private static boolean has(LabelledDataset data, String name) {
        return data.variables().stream().anyMatch(v -> v.name().equals(name));
    }

    static Set<String> missingCodes(List<MissingCode> codes) {
        Set<String> set = new HashSet<>();
        codes.forEach(c -> set.add(c.code()));
        return set;
    }
}
