package org.familyties.export.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.familyties.export.LabelledDataset;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.export.internal.LittleEndianBuffer;
import org.familyties.export.internal.LittleEndianOutput;
import org.familyties.export.internal.Text;

/**
 * Stata 14+ data file, format 118 (little-endian, UTF-8). Numbers and dates are stored as doubles
 * (dates as %td days since 1960-01-01), strings as strN. A variable's value labels go into a label
 * table of the same name.
 *
 * <p>Stata has no user-missing values, so each variable's user-missing codes become extended missing
 * values in ascending code order (the lowest code becomes .a, the next .b, then .c) and keep their labels;
 * system-missing becomes ".". Stata value labels need integer codes, so a labelled non-integer code is
 * rejected.
 */
public final class DtaWriter {

    private static final int TYPE_DOUBLE = 65526;
    private static final long MISSING_BITS = 0x7fe0000000000000L;
    private static final long MISSING_STEP = 0x0000010000000000L;
    private static final int MISSING_INT = 2147483621;
    private static final LocalDate STATA_EPOCH = LocalDate.of(1960, 1, 1);

    /** @param timestamp the time stamp stored in the header; fixed by the caller for reproducible output */
    public void write(LabelledDataset data, LocalDateTime timestamp, OutputStream out) throws IOException {
        List<Variable> vars = data.variables();
        if (vars.size() > 32767) {
            throw new IllegalArgumentException("Stata 118 allows at most 32767 variables");
        }
        LittleEndianBuffer head = new LittleEndianBuffer();
        head.ascii("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>").int16(vars.size())
                .ascii("</K><N>").int64(data.rowCount()).ascii("</N><label>");
        byte[] label = Text.utf8Prefix(truncateChars(data.label(), 80), 320);
        head.int16(label.length).bytes(label).ascii("</label><timestamp>");
        String stamp = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ROOT).format(timestamp);
        head.int8(stamp.length()).ascii(stamp).ascii("</timestamp></header>");

        // The data section is streamed; everything around it is small. Its size is known from the row
        // count and the row width, so the map of offsets can be written first.
        List<byte[]> before = List.of(types(vars), names(vars), sortlist(vars), formats(vars), labelNames(vars),
                variableLabels(vars), bytes("<characteristics></characteristics>"));
        List<byte[]> after = List.of(bytes("<strls></strls>"), valueLabels(vars));
        long rowWidth = 0;
        for (Variable v : vars) {
            rowWidth += v.kind() == VariableKind.STRING ? v.width() : 8;
        }
        long dataSize = "<data>".length() + rowWidth * data.rowCount() + "</data>".length();
        long mapSize = "<map>".length() + 14 * 8 + "</map>".length();
        long[] offsets = new long[14];
        offsets[0] = 0;
        offsets[1] = head.size();
        long position = head.size() + mapSize;
        int section = 2;
        for (byte[] b : before) {
            offsets[section++] = position;
            position += b.length;
        }
        offsets[section++] = position;
        position += dataSize;
        for (byte[] b : after) {
            offsets[section++] = position;
            position += b.length;
        }
        offsets[12] = position;
        offsets[13] = position + "</stata_dta>".length();

        LittleEndianBuffer map = new LittleEndianBuffer().ascii("<map>");
        for (long offset : offsets) {
            map.int64(offset);
        }
        map.ascii("</map>");

        out.write(head.toByteArray());
        out.write(map.toByteArray());
        for (byte[] b : before) {
            out.write(b);
        }
        LittleEndianOutput o = new LittleEndianOutput(out);
        data(data, o);
        if (o.written() != dataSize) {
            throw new IllegalStateException("Data section of " + o.written() + " bytes, expected " + dataSize);
        }
        o.flush();
        for (byte[] b : after) {
            out.write(b);
        }
        out.write(bytes("</stata_dta>"));
        out.flush();
    }

    private static byte[] types(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<variable_types>");
        for (Variable v : vars) {
            b.int16(v.kind() == VariableKind.STRING ? v.width() : TYPE_DOUBLE);
        }
        return b.ascii("</variable_types>").toByteArray();
    }

    private static byte[] names(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<varnames>");
        vars.forEach(v -> b.fixed(v.name(), 129, (byte) 0));
        return b.ascii("</varnames>").toByteArray();
    }

    private static byte[] sortlist(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<sortlist>");
        for (int i = 0; i <= vars.size(); i++) {
            b.int16(0);
        }
        return b.ascii("</sortlist>").toByteArray();
    }

    private static byte[] formats(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<formats>");
        vars.forEach(v -> b.fixed(format(v), 57, (byte) 0));
        return b.ascii("</formats>").toByteArray();
    }

    static String format(Variable v) {
        return switch (v.kind()) {
            case STRING -> "%-" + v.width() + "s";
            case DATE -> "%td";
            case NUMERIC -> v.decimals() == 0 ? "%" + Math.max(9, v.width()) + ".0g"
                    : "%" + Math.max(9, v.width() + 1) + "." + v.decimals() + "f";
        };
    }

    private static byte[] labelNames(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<value_label_names>");
        vars.forEach(v -> b.fixed(v.valueLabels().isEmpty() ? "" : v.name(), 129, (byte) 0));
        return b.ascii("</value_label_names>").toByteArray();
    }

    private static byte[] variableLabels(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<variable_labels>");
        vars.forEach(v -> b.fixed(v.label(), 321, (byte) 0));
        return b.ascii("</variable_labels>").toByteArray();
    }

    private static void data(LabelledDataset data, LittleEndianOutput b) throws IOException {
        List<Variable> vars = data.variables();
        double[][] missingCodes = new double[vars.size()][];
        for (int c = 0; c < vars.size(); c++) {
            missingCodes[c] = vars.get(c).missingCodes().stream().mapToDouble(Double::doubleValue).toArray();
        }
        b.ascii("<data>");
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < vars.size(); c++) {
                Variable v = vars.get(c);
                Object value = data.value(r, c);
                switch (v.kind()) {
                    case STRING -> {
                        byte[] text = Text.utf8Prefix((String) value, v.width());
                        b.bytes(text).repeat((byte) 0, v.width() - text.length);
                    }
                    case DATE -> b.float64(value == null ? missing(0)
                            : (double) ChronoUnit.DAYS.between(STATA_EPOCH, (LocalDate) value));
                    case NUMERIC -> b.float64(number(missingCodes[c], (Double) value));
                }
            }
        }
        b.ascii("</data>");
    }

    /** @param missingCodes the variable's user-missing codes in ascending order */
    private static double number(double[] missingCodes, Double value) {
        if (value == null) {
            return missing(0);
        }
        for (int i = 0; i < missingCodes.length; i++) {
            if (missingCodes[i] == value) {
                return missing(i + 1);
            }
        }
        return value;
    }

    /** 0 if the value is not a user-missing code, else 1 for .a, 2 for .b, ... */
    private static int missingTag(Variable v, double value) {
        int i = 1;
        for (double code : v.missingCodes()) {
            if (code == value) {
                return i;
            }
            i++;
        }
        return 0;
    }

    private static double missing(int tag) {
        return Double.longBitsToDouble(MISSING_BITS + tag * MISSING_STEP);
    }

    private static byte[] valueLabels(List<Variable> vars) {
        LittleEndianBuffer b = new LittleEndianBuffer().ascii("<value_labels>");
        for (Variable v : vars) {
            if (v.valueLabels().isEmpty()) {
                continue;
            }
            // Integer code as stored in a label table → label text, ordered by stored code.
            TreeMap<Integer, String> table = new TreeMap<>();
            for (Map.Entry<Double, String> e : v.valueLabels().entrySet()) {
                int tag = missingTag(v, e.getKey());
                table.put(tag > 0 ? MISSING_INT + tag : integerCode(v, e.getKey()), e.getValue());
            }
            List<Integer> offsets = new ArrayList<>();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            for (String label : table.values()) {
                offsets.add(text.size());
                text.writeBytes(label.getBytes(StandardCharsets.UTF_8));
                text.write(0);
            }
            int n = table.size();
            b.ascii("<lbl>").int32(8 + 8 * n + text.size());
            b.fixed(v.name(), 129, (byte) 0).bytes(new byte[3]);
            b.int32(n).int32(text.size());
            offsets.forEach(b::int32);
            table.keySet().forEach(b::int32);
            b.bytes(text.toByteArray()).ascii("</lbl>");
        }
        return b.ascii("</value_labels>").toByteArray();
    }

    private static int integerCode(Variable v, double code) {
        if (code != Math.rint(code) || code < -2147483647 || code > 2147483620) {
            throw new IllegalArgumentException(v.name() + ": Stata value labels need integer codes, got " + code);
        }
        return (int) code;
    }

    private static String truncateChars(String s, int maxChars) {
        return s.codePointCount(0, s.length()) <= maxChars ? s : s.substring(0, s.offsetByCodePoints(0, maxChars));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
