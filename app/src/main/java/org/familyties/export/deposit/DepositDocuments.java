package org.familyties.export.deposit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.familyties.export.DepositOptions;
import org.familyties.export.DisclosureReport;
import org.familyties.export.LabelledDataset;
import org.familyties.export.RiskReport;
import org.familyties.export.deposit.DepositBuilder.DatasetSummary;
import org.familyties.export.deposit.DepositBuilder.RoleData;
import org.familyties.export.deposit.DepositInput.RoleInfo;
import org.familyties.export.deposit.DepositInput.WaveInfo;

/** The README for reusers, the disclosure report and the per-record risk files of a deposit. */
final class DepositDocuments {

    private final DepositInput in;
    private final DepositOptions o;
    private final LocalDateTime exportedAt;
    private final List<WaveInfo> waves;
    private final List<RoleInfo> roles;
    private final ColumnPlan plan;
    private final List<RoleData> roleData;
    private final List<DatasetSummary> datasets;
    private final Map<String, Integer> topCoded;
    private final Map<String, Double> recodingLoss;
    private final int transcripts;
    private final List<String> riskFiles;

    DepositDocuments(DepositInput in, DepositOptions o, LocalDateTime exportedAt, List<WaveInfo> waves,
                     List<RoleInfo> roles, ColumnPlan plan, List<RoleData> roleData, List<DatasetSummary> datasets,
                     Map<String, Integer> topCoded, Map<String, Double> recodingLoss, int transcripts,
                     List<String> riskFiles) {
        this.in = in;
        this.o = o;
        this.exportedAt = exportedAt;
        this.waves = waves;
        this.roles = roles;
        this.plan = plan;
        this.roleData = roleData;
        this.datasets = datasets;
        this.topCoded = topCoded;
        this.recodingLoss = recodingLoss;
        this.transcripts = transcripts;
        this.riskFiles = riskFiles;
    }

    String readme() {
        StringBuilder b = new StringBuilder();
        b.append(in.studyTitle()).append(" (").append(in.studyCode()).append(")\n");
        b.append("Deposit package for reuse of pseudonymised research data\n");
        b.append("Exported: ").append(exportedAt.withNano(0)).append(" UTC\n\n");

        b.append("CONTENTS\n");
        b.append("data/<role>_long.*      one row per participant and wave\n");
        b.append("data/<role>_wide.*      one row per participant; variables suffixed _w<wave>\n");
        b.append("data/family_linkage.*   participants by family and informant role\n");
        b.append("Each data set comes as: .csv (UTF-8) with .sps (SPSS syntax reading the CSV), .sav (SPSS),\n");
        b.append(".dta (Stata 14, format 118), .R (R script reading the CSV with labels), -ddi.xml\n");
        b.append("(DDI Codebook 2.5) and -codebook.html (labels, values, missing codes, frequencies or summaries).\n");
        b.append("transcripts/            interview transcripts, with the same released ids as the data (")
                .append(transcripts).append(" files)\n");
        b.append("disclosure/             the disclosure-control report and per-record risks\n");
        b.append("MANIFEST.sha256         SHA-256 checksum of every file; check with: sha256sum -c MANIFEST.sha256\n\n");

        b.append("DATA SETS\n");
        for (DatasetSummary d : datasets) {
            b.append(String.format(Locale.ROOT, "%-28s %7d rows %5d variables%n", d.name(), d.rows(), d.variables()));
        }
        b.append("\nWAVES: ");
        waves.forEach(w -> b.append(w.position()).append(" = ").append(w.name()).append("; "));
        b.append("\nINFORMANT ROLES: ");
        roles.forEach(r -> b.append(r.code()).append(" = ").append(r.name()).append("; "));
        b.append("\n\nIDS\n");
        b.append(o.idsChoice() == DepositOptions.Ids.HASH
                ? "participant_id and family_id are keyed hashes of the study's pseudonyms; the key stays with the study.\n"
                : "participant_id (P00001, ...) and family_id (F00001, ...) were assigned for this deposit; the key stays with the study.\n");
        b.append("No names, dates of birth, addresses or other direct identifiers are included.\n\n");

        b.append("DE-IDENTIFICATION\n");
        b.append("Fields flagged as identifiers in the data dictionary, dropped: ").append(list(plan.droppedIdentifiers())).append('\n');
        b.append("Free-text fields dropped: ").append(list(plan.droppedFreeText())).append('\n');
        if (!plan.keptFreeText().isEmpty()) {
            b.append("Free-text fields KEPT FOR REVIEW (check them before deposit): ").append(list(plan.keptFreeText())).append('\n');
        }
        switch (o.datesChoice()) {
            case SHIFT -> b.append("Dates: every date of a participant is shifted by the same random number of days (1 to ")
                    .append(o.maxShiftDaysOrDefault()).append(", earlier or later); intervals within a participant are kept;\n")
                    .append("family dates move by the family's own offset.\n");
            case YEAR -> b.append("Dates: reduced to the year.\n");
            case YEAR_MONTH -> b.append("Dates: reduced to year and month (yyyy-mm).\n");
        }
        recoding(b);
        b.append("Disclosure control: see disclosure/disclosure-report.txt\n\n");

        b.append("PARTICIPANTS LEFT OUT\n");
        b.append(in.excluded().size()).append(" participants are not in this package: those who withdrew and asked for\n");
        b.append("their data to be removed, and those who did not consent to archiving at their most recent consent.\n\n");

        b.append("MISSING VALUES\n");
        in.missingCodes().forEach(m -> b.append(m.code()).append(" = ").append(m.label()).append("; "));
        b.append("\nThese codes are declared user-missing in the .sav, .dta and syntax files; an empty cell means no answer\n");
        b.append("was recorded (or the value was withheld by disclosure control).\n\n");

        b.append("REPRODUCIBILITY\n");
        b.append("Data files are stamped with a fixed time, so the same data and options give byte-identical files.\n");
        b.append("Options used: ").append(o.describe()).append('\n');
        return b.toString();
    }

    String disclosureReport() {
        StringBuilder b = new StringBuilder("Disclosure control report\n\n");
        b.append("Threshold: k = ").append(o.kOrDefault()).append(" (every combination of quasi-identifier values shared by at least k participants)\n");
        b.append("Declared quasi-identifiers, most important first: ").append(list(o.quasiIdentifiers())).append('\n');
        b.append("Unit: the participant (wide form, each quasi-identifier at every wave). Values withheld there are\n");
        b.append("withheld in the long form too. An empty value matches any value when groups are formed.\n");
        b.append("Method: global recoding as declared, then local suppression of single values (greedy).\n\n");
        recoding(b);
        b.append('\n');
        if (o.quasiIdentifiers().isEmpty()) {
            b.append("No quasi-identifiers were declared, so no disclosure control was applied.\n");
        }
        for (RoleData r : roleData) {
            RoleDisclosure d = r.disclosure();
            b.append("Role ").append(r.role().code()).append(" (").append(d.wideForm().rowCount()).append(" participants)\n");
            if (d.report() == null) {
                b.append("  no declared quasi-identifier in this role's data\n\n");
                continue;
            }
            DisclosureReport rep = d.report();
            b.append("  quasi-identifiers: ").append(list(d.quasiIdentifiers())).append('\n');
            risk(b, "before", rep.before());
            risk(b, "after recoding", rep.afterRecoding());
            risk(b, "released", rep.after());
            b.append(String.format(Locale.ROOT, "  values suppressed: %d (%.4f of quasi-identifier values)%n",
                    rep.suppressedValues(), rep.suppressedShare()));
            rep.suppressedByVariable().forEach((v, n) -> b.append("    ").append(v).append(": ").append(n).append('\n'));
            b.append('\n');
        }
        if (!riskFiles.isEmpty()) {
            b.append("Per-record risk before and after: ").append(String.join(", ", riskFiles)).append('\n');
        }
        return b.toString();
    }

    /** Top-coding and global recoding as asked for, per role and variable. */
    private void recoding(StringBuilder b) {
        b.append("Top-coding: ").append(topCoded.isEmpty() ? "none" : "").append('\n');
        topCoded.forEach((what, n) -> b.append("  ").append(what).append(": ").append(n).append(" values lowered\n"));
        b.append("Global recoding: ").append(recodingLoss.isEmpty() ? "none" : "").append('\n');
        for (DepositOptions.Banding banding : o.bands()) {
            b.append("  bands of ").append(banding.variable()).append(": ").append(String.join("; ",
                    banding.bands().stream().map(DepositOptions.Band::label).toList())).append('\n');
        }
        for (DepositOptions.Merge m : o.merges()) {
            b.append("  merged codes of ").append(m.variable()).append(": ").append(String.join(", ",
                    m.codes().stream().map(org.familyties.export.internal.Numbers::plain).toList()))
                    .append(" into ").append(org.familyties.export.internal.Numbers.plain(m.into())).append('\n');
        }
        recodingLoss.forEach((what, loss) -> b.append(String.format(Locale.ROOT, "  %s: information loss %.3f%n", what, loss)));
    }

    private static void risk(StringBuilder b, String stage, RiskReport r) {
        b.append(String.format(Locale.ROOT, "  %-15s k = %d, records in groups smaller than k: %d, groups: %d, "
                + "max risk %.4f, mean risk %.4f%n", stage, r.k(), r.recordsAtRisk(), r.classCount(), r.maxRisk(), r.meanRisk()));
    }

    static String recordRisks(RoleDisclosure d) {
        double[] before = d.report().before().recordRisks();
        double[] after = d.report().after().recordRisks();
        LabelledDataset wide = d.wideForm();
        StringBuilder b = new StringBuilder("participant_id,risk_before,risk_after\n");
        for (int r = 0; r < wide.rowCount(); r++) {
            b.append(wide.string(r, 0)).append(',').append(String.format(Locale.ROOT, "%.6f,%.6f", before[r], after[r]))
                    .append('\n');
        }
        return b.toString();
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
