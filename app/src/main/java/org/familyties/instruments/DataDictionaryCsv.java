package org.familyties.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.familyties.instruments.internal.RedcapDictionaryReader;
import org.familyties.instruments.internal.RedcapDictionaryWriter;

/** Reads and writes data dictionaries in REDCap's CSV format. */
public final class DataDictionaryCsv {

    private DataDictionaryCsv() {
    }

    /**
     * Reads a REDCap data dictionary (18 columns, or the older 16). Every problem is reported with its row,
     * counting the header as row 1; if there is any, there is no dictionary.
     *
     * @param missingCodes the codes this study records for missing data; REDCap keeps them outside the file
     */
    public static DictionaryImportResult read(Reader csv, List<MissingCode> missingCodes) {
        try {
            return RedcapDictionaryReader.read(csv, missingCodes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DictionaryImportResult read(InputStream csv, List<MissingCode> missingCodes) {
        return read(new InputStreamReader(csv, StandardCharsets.UTF_8), missingCodes);
    }

    public static DictionaryImportResult read(String csv, List<MissingCode> missingCodes) {
        return read(new StringReader(csv), missingCodes);
    }

    /** Writes the 18-column REDCap format; missing codes are not part of it. */
    public static void write(DataDictionary dictionary, Writer out) {
        try {
            RedcapDictionaryWriter.write(dictionary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(DataDictionary dictionary) {
        StringWriter out = new StringWriter();
        write(dictionary, out);
        return out.toString();
    }
}
