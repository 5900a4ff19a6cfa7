package org.familyties.instruments.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;

/** Writes a data dictionary as the 18-column REDCap CSV. */
public final class RedcapDictionaryWriter {

    private RedcapDictionaryWriter() {
    }

    public static void write(DataDictionary dictionary, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(Arrays.stream(DictionaryColumn.values()).map(DictionaryColumn::header).toList());
        for (Field field : dictionary.fields()) {
            printer.printRecord(row(field));
        }
        printer.flush();
    }

    private static List<String> row(Field f) {
        return List.of(
                f.name(),
                f.formName(),
                f.sectionHeader(),
                f.type().code(),
                f.label(),
                choicesColumn(f),
                f.fieldNote(),
                validationColumn(f),
                f.validationMin(),
                f.validationMax(),
                flag(f.identifier()),
                f.branchingLogic(),
                flag(f.required()),
                f.customAlignment(),
                f.questionNumber(),
                f.matrixGroup(),
                flag(f.matrixRanking()),
                f.annotation());
    }

    private static String choicesColumn(Field f) {
        if (f.type() == FieldType.CALC) {
            return f.calculation();
        }
        if (f.type() == FieldType.SLIDER) {
            return String.join(" | ", f.sliderLabels());
        }
        return ChoiceList.format(f.choices());
    }

    private static String validationColumn(Field f) {
        if (f.type() == FieldType.SLIDER) {
            return f.showSliderNumber() ? "number" : "";
        }
        return f.validation() == null ? "" : f.validation().code();
    }

    private static String flag(boolean value) {
        return value ? "y" : "";
    }
}
