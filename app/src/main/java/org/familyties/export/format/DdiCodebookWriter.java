package org.familyties.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.familyties.export.LabelledDataset;
import org.familyties.export.MeasurementLevel;
import org.familyties.export.StudyDescription;
import org.familyties.export.Variable;
import org.familyties.export.VariableSummary;
import org.familyties.export.internal.Numbers;
import org.familyties.export.internal.Stat;
import org.familyties.export.internal.XmlWriter;

/**
 * DDI Codebook 2.5 XML: study citation and abstract, one file description per data file, and
 * one {@code var} per variable with its label, counts of valid and invalid values, summary statistics
 * for scale variables, and categories with frequencies (missing codes flagged {@code missing="Y"}).
 */
public final class DdiCodebookWriter {

    private static final String NAMESPACE = "ddi:codebook:2_5";
    private static final String SCHEMA_LOCATION =
            "ddi:codebook:2_5 http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";
    private static final int DECIMALS = 4;

    /** A file holding the data set: its name (e.g. "wave1.csv") and format (e.g. "text/csv"). */
    public record DataFile(String name, String type) {
    }

    public void write(LabelledDataset data, StudyDescription study, String dataFileName, String fileType,
            OutputStream out) throws IOException {
        write(data, study, List.of(new DataFile(dataFileName, fileType)), out);
    }

    /** Describes the data set once, stored in each of {@code files} (one {@code fileDscr} per file). */
    public void write(LabelledDataset data, StudyDescription study, List<DataFile> files, OutputStream out)
            throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Name at least one data file");
        }
        XmlWriter x = new XmlWriter(out);
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.start("codeBook", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", SCHEMA_LOCATION, "version", "2.5");
        studyDescription(x, study);
        StringBuilder ids = new StringBuilder();
        for (int f = 0; f < files.size(); f++) {
            String id = "F" + (f + 1);
            fileDescription(x, data, id, files.get(f));
            ids.append(f == 0 ? "" : " ").append(id);
        }
        x.start("dataDscr");
        List<Variable> vars = data.variables();
        for (int i = 0; i < vars.size(); i++) {
            variable(x, data, vars.get(i), i + 1, ids.toString());
        }
        x.end();
        x.end();
        x.flush();
    }

    private static void studyDescription(XmlWriter x, StudyDescription study) throws IOException {
        x.start("stdyDscr").start("citation").start("titlStmt");
        x.element("titl", study.title());
        if (!study.identifier().isEmpty()) {
            x.element("IDNo", study.identifier());
        }
        x.end();
        if (!study.authors().isEmpty()) {
            x.start("rspStmt");
            for (String author : study.authors()) {
                x.element("AuthEnty", author);
            }
            x.end();
        }
        x.end();
        if (!study.abstractText().isEmpty() || !study.dataKind().isEmpty()) {
            x.start("stdyInfo");
            if (!study.abstractText().isEmpty()) {
                x.element("abstract", study.abstractText());
            }
            if (!study.dataKind().isEmpty()) {
                x.start("sumDscr").element("dataKind", study.dataKind()).end();
            }
            x.end();
        }
        x.end();
    }

    private static void fileDescription(XmlWriter x, LabelledDataset data, String id, DataFile file)
            throws IOException {
        x.start("fileDscr", "ID", id, "URI", file.name()).start("fileTxt");
        x.element("fileName", file.name());
        if (!data.label().isEmpty()) {
            x.element("fileCont", data.label());
        }
        x.start("dimensns");
        x.element("caseQnty", Long.toString(data.rowCount()));
        x.element("varQnty", Long.toString(data.variables().size()));
        x.end();
        x.element("fileType", file.type());
        x.end().end();
    }

    private static void variable(XmlWriter x, LabelledDataset data, Variable v, int index, String files)
            throws IOException {
        boolean scale = v.isNumeric() && v.level() == MeasurementLevel.SCALE;
        x.start("var", "ID", "V" + index, "name", v.name(), "files", files,
                "intrvl", scale ? "contin" : "discrete", "dcml", v.isNumeric() ? Integer.toString(v.decimals()) : null);
        if (!v.label().isEmpty()) {
            x.element("labl", v.label());
        }
        VariableSummary s = data.summary(v.name());
        x.element("sumStat", Long.toString(s.valid()), "type", "vald");
        x.element("sumStat", Long.toString(s.invalid()), "type", "invd");
        if (scale && s.valid() > 0) {
            x.element("sumStat", Stat.rounded(s.min(), DECIMALS), "type", "min");
            x.element("sumStat", Stat.rounded(s.max(), DECIMALS), "type", "max");
            x.element("sumStat", Stat.rounded(s.mean(), DECIMALS), "type", "mean");
            if (!Double.isNaN(s.stdDev())) {
                x.element("sumStat", Stat.rounded(s.stdDev(), DECIMALS), "type", "stdev");
            }
        }
        for (Map.Entry<Double, String> e : v.valueLabels().entrySet()) {
            x.start("catgry", "missing", v.isMissingCode(e.getKey()) ? "Y" : null);
            x.element("catValu", Numbers.plain(e.getKey()));
            x.element("labl", e.getValue());
            x.element("catStat", Long.toString(s.frequencies().getOrDefault(e.getKey(), 0L)), "type", "freq");
            x.end();
        }
        switch (v.kind()) {
            case NUMERIC -> x.empty("varFormat", "type", "numeric", "formatname", "F", "schema", "SPSS");
            case STRING -> x.empty("varFormat", "type", "character", "formatname", "A", "schema", "SPSS");
            case DATE -> x.empty("varFormat", "type", "numeric", "formatname", "SDATE", "schema", "SPSS",
                    "category", "date");
        }
        x.end();
    }
}
