package org.familyties.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.familyties.export.LabelledDataset;
import org.familyties.export.Variable;
import org.familyties.export.VariableKind;
import org.familyties.export.internal.LittleEndianBuffer;
import org.familyties.export.internal.LittleEndianOutput;
import org.familyties.export.internal.Text;

/**
 * SPSS system file (.sav), little-endian, UTF-8, uncompressed or bytecode-compressed (layout as in
 * the GNU PSPP developers' guide, "System File Format"). Records: file header, variable records (with
 * continuation records for strings over 8 bytes), value labels (3/4), machine integer and floating-point
 * info (7/3, 7/4), variable display parameters (7/11), long variable names (7/13), very long strings
 * (7/14, for strings over 255 bytes, stored as segments of 255 bytes), character encoding (7/20) and
 * the dictionary terminator (999), then the cases.
 */
public final class SavWriter {

    public enum Compression {
        NONE,
        /** SPSS's run-length style compression of small integers, system-missing and blank string segments. */
        BYTECODE
    }

    private static final double SYSMIS = -Double.MAX_VALUE;
    private static final LocalDate SPSS_EPOCH = LocalDate.of(1582, 10, 14);
    private static final int FMT_A = 1;
    private static final int FMT_F = 5;
    private static final int FMT_SDATE = 39;
    private static final int MAX_SEGMENT = 255;

    private final Compression compression;

    public SavWriter(Compression compression) {
        this.compression = compression;
    }

    public SavWriter() {
        this(Compression.NONE);
    }

    /**
     * @param created creation date and time recorded in the header; fixed by the caller so the output
     *                is reproducible
     */
    public void write(LabelledDataset data, LocalDateTime created, OutputStream out) throws IOException {
        List<Variable> vars = data.variables();
        List<List<String>> names = segmentNames(vars);
        LittleEndianBuffer b = new LittleEndianBuffer();

        List<Boolean> numericElements = new ArrayList<>();
        for (Variable v : vars) {
            for (int width : segmentWidths(v)) {
                for (int e = 0; e < elements(width); e++) {
                    numericElements.add(width == 0);
                }
            }
        }
        header(b, data, created, numericElements.size());

        int[] dictionaryIndex = new int[vars.size()];
        int index = 1;
        for (int i = 0; i < vars.size(); i++) {
            dictionaryIndex[i] = index;
            Variable v = vars.get(i);
            int[] widths = segmentWidths(v);
            for (int s = 0; s < widths.length; s++) {
                variableRecord(b, v, names.get(i).get(s), widths[s], s == 0);
                index += elements(widths[s]);
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            valueLabels(b, vars.get(i), dictionaryIndex[i]);
        }
        machineInfo(b);
        displayParameters(b, vars);
        longNames(b, vars, names);
        veryLongStrings(b, vars, names);
        b.int32(7).int32(20).int32(1).int32(5).ascii("UTF-8");
        b.int32(999).int32(0);

        out.write(b.toByteArray());

        // Cases go to the stream one at a time: a cohort's case data need never be held in memory.
        LittleEndianOutput o = new LittleEndianOutput(out);
        Elements elements = compression == Compression.BYTECODE ? new BytecodeCompression(o) : new Uncompressed(o);
        int[][] widths = new int[vars.size()][];
        for (int c = 0; c < vars.size(); c++) {
            widths[c] = segmentWidths(vars.get(c));
        }
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < vars.size(); c++) {
                cell(elements, vars.get(c), widths[c], data.value(r, c));
            }
        }
        elements.finish();
        o.flush();
    }

    /** Where the 8-byte elements of the cases go: straight to the file, or through bytecode compression. */
    interface Elements {
        void number(double value) throws IOException;

        /** {@code take} bytes of text from {@code offset}, padded with spaces to {@code allocated} bytes. */
        void string(byte[] text, int offset, int take, int allocated) throws IOException;

        void finish() throws IOException;
    }

    private record Uncompressed(LittleEndianOutput out) implements Elements {
        @Override
        public void number(double value) throws IOException {
            out.float64(value);
        }

        @Override
        public void string(byte[] text, int offset, int take, int allocated) throws IOException {
            out.bytes(text, offset, take).repeat((byte) ' ', allocated - take);
        }

        @Override
        public void finish() {
        }
    }

    private void header(LittleEndianBuffer b, LabelledDataset data, LocalDateTime created, int caseSize) {
        b.ascii("$FL2");
        b.fixed("@(#) SPSS DATA FILE Family Ties export", 60, (byte) ' ');
        b.int32(2); // layout code
        b.int32(caseSize);
        b.int32(compression == Compression.BYTECODE ? 1 : 0);
        b.int32(0); // no weight variable
        b.int32(data.rowCount());
        b.float64(BytecodeCompression.BIAS);
        b.ascii(DateTimeFormatter.ofPattern("dd MMM yy", Locale.ROOT).format(created));
        b.ascii(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(created));
        b.fixed(data.label(), 64, (byte) ' ');
        b.bytes(new byte[3]);
    }

    /** One variable record (plus continuations) for a numeric variable or one string segment. */
    private static void variableRecord(LittleEndianBuffer b, Variable v, String shortName, int width, boolean first) {
        int format = width == 0 ? format(v) : (FMT_A << 16) | (width << 8);
        boolean labelled = first && !v.label().isEmpty();
        b.int32(2);
        b.int32(width);
        b.int32(labelled ? 1 : 0);
        b.int32(v.missingCodes().size());
        b.int32(format).int32(format);
        b.fixed(shortName, 8, (byte) ' ');
        if (labelled) {
            byte[] label = v.label().getBytes(StandardCharsets.UTF_8);
            b.int32(label.length).bytes(label).bytes(new byte[pad(label.length, 4)]);
        }
        for (double code : v.missingCodes()) {
            b.float64(code);
        }
        for (int s = 1; s < elements(width); s++) {
            b.int32(2).int32(-1).int32(0).int32(0).int32(0).int32(0).fixed("", 8, (byte) ' ');
        }
    }

    private static void valueLabels(LittleEndianBuffer b, Variable v, int dictionaryIndex) {
        if (v.valueLabels().isEmpty()) {
            return;
        }
        b.int32(3).int32(v.valueLabels().size());
        for (Map.Entry<Double, String> e : v.valueLabels().entrySet()) {
            byte[] label = Text.utf8Prefix(e.getValue(), 120);
            b.float64(e.getKey()).int8(label.length).bytes(label).bytes(new byte[pad(label.length + 1, 8)]);
        }
        b.int32(4).int32(1).int32(dictionaryIndex);
    }

    private static void machineInfo(LittleEndianBuffer b) {
        b.int32(7).int32(3).int32(4).int32(8);
        b.int32(1).int32(0).int32(0); // product version
        b.int32(-1); // machine code
        b.int32(1); // IEEE 754
        b.int32(1); // compression code
        b.int32(2); // little-endian
        b.int32(65001); // UTF-8
        b.int32(7).int32(4).int32(8).int32(3);
        b.float64(SYSMIS).float64(Double.MAX_VALUE).float64(Math.nextUp(-Double.MAX_VALUE));
    }

    /** One entry per variable record that is not a continuation, i.e. per segment. */
    private static void displayParameters(LittleEndianBuffer b, List<Variable> vars) {
        int count = 0;
        for (Variable v : vars) {
            count += segmentWidths(v).length;
        }
        b.int32(7).int32(11).int32(4).int32(3 * count);
        for (Variable v : vars) {
            boolean string = v.kind() == VariableKind.STRING;
            int measure = switch (v.level()) {
                case NOMINAL -> 1;
                case ORDINAL -> 2;
                case SCALE -> 3;
            };
            for (int s = 0; s < segmentWidths(v).length; s++) {
                b.int32(measure);
                b.int32(string ? Math.min(Math.max(8, v.width()), 64) : 8);
                b.int32(string ? 0 : 1);
            }
        }
    }

    private static void longNames(LittleEndianBuffer b, List<Variable> vars, List<List<String>> names) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            pairs.add(names.get(i).get(0) + "=" + vars.get(i).name());
        }
        byte[] text = String.join("\t", pairs).getBytes(StandardCharsets.UTF_8);
        b.int32(7).int32(13).int32(1).int32(text.length).bytes(text);
    }

    private static void veryLongStrings(LittleEndianBuffer b, List<Variable> vars, List<List<String>> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < vars.size(); i++) {
            Variable v = vars.get(i);
            if (v.kind() == VariableKind.STRING && v.width() > MAX_SEGMENT) {
                text.append(names.get(i).get(0)).append('=').append(String.format(Locale.ROOT, "%05d", v.width()))
                        .append("\0\t");
            }
        }
        if (!text.isEmpty()) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
            b.int32(7).int32(14).int32(1).int32(bytes.length).bytes(bytes);
        }
    }

    private static void cell(Elements e, Variable v, int[] widths, Object value) throws IOException {
        switch (v.kind()) {
            case NUMERIC -> e.number(value == null ? SYSMIS : (Double) value);
            case DATE -> e.number(value == null ? SYSMIS
                    : ChronoUnit.DAYS.between(SPSS_EPOCH, (LocalDate) value) * 86400.0);
            case STRING -> {
                // Segments hold 255 bytes of the value each, padded to their 8-byte allocation.
                byte[] text = ((String) value).getBytes(StandardCharsets.UTF_8);
                int offset = 0;
                for (int width : widths) {
                    int allocated = elements(width) * 8;
                    int take = Math.max(0, Math.min(MAX_SEGMENT, text.length - offset));
                    e.string(text, offset, take, allocated);
                    offset += take;
                }
            }
        }
    }

    private static int format(Variable v) {
        return switch (v.kind()) {
            case NUMERIC -> (FMT_F << 16) | (v.width() << 8) | v.decimals();
            case STRING -> (FMT_A << 16) | (Math.min(v.width(), MAX_SEGMENT) << 8);
            case DATE -> (FMT_SDATE << 16) | (10 << 8);
        };
    }

    /** Widths of the variable records that store a variable: 0 for a number, else string segment widths. */
    static int[] segmentWidths(Variable v) {
        if (v.kind() != VariableKind.STRING) {
            return new int[] {0};
        }
        int w = v.width();
        if (w <= MAX_SEGMENT) {
            return new int[] {w};
        }
        int n = (w + 251) / 252;
        int[] widths = new int[n];
        java.util.Arrays.fill(widths, MAX_SEGMENT);
        widths[n - 1] = w - (n - 1) * 252;
        return widths;
    }

    private static int elements(int width) {
        return width == 0 ? 1 : (width + 7) / 8;
    }

    private static int pad(int length, int multiple) {
        return (multiple - length % multiple) % multiple;
    }

    /** Unique upper-case names of at most 8 bytes, as the fixed variable records require. */
    static List<String> shortNames(List<Variable> vars) {
        return segmentNames(vars).stream().map(names -> names.get(0)).toList();
    }

    /** Short names of each variable's records: the first is the variable's, the rest name further segments. */
    private static List<List<String>> segmentNames(List<Variable> vars) {
        Set<String> used = new HashSet<>();
        List<List<String>> all = new ArrayList<>();
        for (Variable v : vars) {
            List<String> names = new ArrayList<>();
            String base = v.name().toUpperCase(Locale.ROOT);
            names.add(unique(base, used));
            for (int s = 1; s < segmentWidths(v).length; s++) {
                names.add(unique(base.substring(0, Math.min(base.length(), 5)) + s, used));
            }
            all.add(names);
        }
        return all;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base.length() <= 8 ? base : base.substring(0, 8);
        for (int n = 1; !used.add(candidate); n++) {
            String suffix = "_" + n;
            candidate = base.substring(0, Math.min(base.length(), 8 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
