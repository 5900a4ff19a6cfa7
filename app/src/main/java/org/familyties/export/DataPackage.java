package org.familyties.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.familyties.export.format.CsvWriter;
import org.familyties.export.format.DdiCodebookWriter;
import org.familyties.export.format.DtaWriter;
import org.familyties.export.format.HtmlCodebookWriter;
import org.familyties.export.format.RScriptWriter;
import org.familyties.export.format.SavWriter;
import org.familyties.export.format.SpssSyntaxWriter;

/**
 * Entry point for other modules: writes a labelled data set in every supported format, alone or
 * bundled into a deterministic zip for deposit. Output depends only on the inputs; {@code created}
 * is the only time recorded.
 */
public final class DataPackage {

    private final LabelledDataset data;
    private final StudyDescription study;
    private final LocalDateTime created;

    public DataPackage(LabelledDataset data, StudyDescription study, LocalDateTime created) {
        this.data = data;
        this.study = study;
        this.created = created.withNano(0);
    }

    public String csvName() {
        return data.name() + ".csv";
    }

    public void writeCsv(OutputStream out) throws IOException {
        new CsvWriter().write(data, out);
    }

    /** SPSS syntax that reads {@link #csvName()} and saves {@code <name>.sav}. */
    public void writeSpssSyntax(OutputStream out) throws IOException {
        new SpssSyntaxWriter().write(data, csvName(), data.name() + ".sav", out);
    }

    public void writeSav(OutputStream out) throws IOException {
        new SavWriter().write(data, created, out);
    }

    public void writeDta(OutputStream out) throws IOException {
        new DtaWriter().write(data, created, out);
    }

    public void writeRScript(OutputStream out) throws IOException {
        new RScriptWriter().write(data, csvName(), out);
    }

    public void writeDdi(OutputStream out) throws IOException {
        String n = data.name();
        new DdiCodebookWriter().write(data, study, List.of(
                new DdiCodebookWriter.DataFile(n + ".csv", "text/csv"),
                new DdiCodebookWriter.DataFile(n + ".sav", "SPSS system file"),
                new DdiCodebookWriter.DataFile(n + ".dta", "Stata 14 data file (format 118)")), out);
    }

    public void writeHtmlCodebook(OutputStream out) throws IOException {
        new HtmlCodebookWriter().write(data, study, out);
    }

    /** All formats in one zip, entries time-stamped with the creation time, with a SHA-256 manifest. */
    public void writeZip(OutputStream out) throws IOException {
        String n = data.name();
        new DeterministicZip(created)
                .add(n + ".csv", bytes(this::writeCsv))
                .add(n + ".sps", bytes(this::writeSpssSyntax))
                .add(n + ".sav", bytes(this::writeSav))
                .add(n + ".dta", bytes(this::writeDta))
                .add(n + ".R", bytes(this::writeRScript))
                .add(n + "-ddi.xml", bytes(this::writeDdi))
                .add(n + "-codebook.html", bytes(this::writeHtmlCodebook))
                .write(out);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }
}
