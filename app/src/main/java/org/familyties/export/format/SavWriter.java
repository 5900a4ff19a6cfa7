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
import org.familyties.export.internal.Text;

/**
 * SPSS system file (.sav), little-endian, UTF-8, uncompressed or bytecode-compressed (layout as in
 * the GNU PSPP developers' guide, "System File Format"). Records: file header, variable records (with continuation records for
 * strings over 8 bytes), value labels (3/4), machine integer and floating-point info (7/3, 7/4),
 * variable display parameters (7/11), long variable names (7/13), character encoding (7/20) and the
 * dictionary terminator (999), then the cases. Strings are limited to 255 bytes, so very long string
 * records (7/14) are never needed.
 */
public final class SavWriter {

    public enum Compression {
        NONE,
        /** SPSS's run-length style compression of small integers, system-missing and blank string segments. */
        BYTECODE
    }

    private final Compression compression;

    public SavWriter(Compression compression) {
        this.compression = compression;
    }

    public SavWriter() {
        this(Compression.NONE);
    }

    private static final double SYSMIS = -Double.MAX_VALUE;
    private static final LocalDate SPSS_EPOCH = LocalDate.of(1582, 10, 14);
    private static final int FMT_A = 1;
    private static final int FMT_F = 5;
    private static final int FMT_SDATE = 39;

    /**
     * @param created creation date and time recorded in the header; fixed by the caller so the output
     *                is reproducible
     */
    public void write(LabelledDataset data, LocalDateTime created, OutputStream out) throws IOException {
        List<Variable> vars = data.variables();
        List<String> shortNames = shortNames(vars);
        LittleEndianBuffer b = new LittleEndianBuffer();

        int caseSize = 0;
        for (Variable v : vars) {
            caseSize += segments(v);
        }
        header(b, data, created, caseSize, compression);

        int[] dictionaryIndex = new int[vars.size()];
        int index = 1;
        for (int i = 0; i < vars.size(); i++) {
            dictionaryIndex[i] = index;
            Variable v = vars.get(i);
            variableRecord(b, v, shortNames.get(i));
            index += segments(v);
        }
        for (int i = 0; i < vars.size(); i++) {
            valueLabels(b, vars.get(i), dictionaryIndex[i]);
        }
        machineInfo(b);
        displayParameters(b, vars);
        longNames(b, vars, shortNames);
        b.int32(7).int32(20).int32(1).int32(5).ascii("UTF-8");
        b.int32(999).int32(0);

        LittleEndianBuffer cases = new LittleEndianBuffer();
        for (int r = 0; r < data.rowCount(); r++) {
            for (int c = 0; c < vars.size(); c++) {
                cell(cases, vars.get(c), data.value(r, c));
            }
        }
        b.bytes(compression == Compression.BYTECODE ? BytecodeCompression.compress(cases.toByteArray(), numericElements(vars)) : cases.toByteArray());
        out.write(b.toByteArray());
        out.flush();
    }

    private static void header(LittleEndianBuffer b, LabelledDataset data, LocalDateTime created, int caseSize,
            Compression compression) {
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

    private static void variableRecord(LittleEndianBuffer b, Variable v, String shortName) {
        int format = format(v);
        b.int32(2);
        b.int32(v.kind() == VariableKind.STRING ? v.width() : 0);
        b.int32(v.label().isEmpty() ? 0 : 1);
        b.int32(v.missingCodes().size());
        b.int32(format).int32(format);
        b.fixed(shortName, 8, (byte) ' ');
        if (!v.label().isEmpty()) {
            byte[] label = v.label().getBytes(StandardCharsets.UTF_8);
            b.int32(label.length).bytes(label).bytes(new byte[pad(label.length, 4)]);
        }
        for (double code : v.missingCodes()) {
            b.float64(code);
        }
        for (int s = 1; s < segments(v); s++) {
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

    private static void displayParameters(LittleEndianBuffer b, List<Variable> vars) {
        b.int32(7).int32(11).int32(4).int32(3 * vars.size());
        for (Variable v : vars) {
            b.int32(switch (v.level()) {
                case NOMINAL -> 1;
                case ORDINAL -> 2;
                case SCALE -> 3;
            });
            b.int32(Math.max(8, v.kind() == VariableKind.STRING ? v.width() : 8));
            b.int32(v.kind() == VariableKind.STRING ? 0 : 1);
        }
    }

    private static void longNames(LittleEndianBuffer b, List<Variable> vars, List<String> shortNames) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            pairs.add(shortNames.get(i) + "=" + vars.get(i).name());
        }
        byte[] text = String.join("\t", pairs).getBytes(StandardCharsets.UTF_8);
        b.int32(7).int32(13).int32(1).int32(text.length).bytes(text);
    }

    private static void cell(LittleEndianBuffer b, Variable v, Object value) {
        switch (v.kind()) {
            case NUMERIC -> b.float64(value == null ? SYSMIS : (Double) value);
            case DATE -> b.float64(value == null ? SYSMIS
                    : ChronoUnit.DAYS.between(SPSS_EPOCH, (LocalDate) value) * 86400.0);
            case STRING -> b.fixed((String) value, segments(v) * 8, (byte) ' ');
        }
    }

    private static boolean[] numericElements(List<Variable> vars) {
        boolean[] numeric = new boolean[vars.stream().mapToInt(SavWriter::segments).sum()];
        int i = 0;
        for (Variable v : vars) {
            for (int s = 0; s < segments(v); s++) {
                numeric[i++] = v.kind() != VariableKind.STRING;
            }
        }
        return numeric;
    }

    private static int format(Variable v) {
        return switch (v.kind()) {
            case NUMERIC -> (FMT_F << 16) | (v.width() << 8) | v.decimals();
            case STRING -> (FMT_A << 16) | (v.width() << 8);
            case DATE -> (FMT_SDATE << 16) | (10 << 8);
        };
    }

    private static int segments(Variable v) {
        return v.kind() == VariableKind.STRING ? (v.width() + 7) / 8 : 1;
    }

    private static int pad(int length, int multiple) {
        return (multiple - length % multiple) % multiple;
    }

    /** Unique upper-case names of at most 8 bytes, as the fixed variable records require. */
    static List<String> shortNames(List<Variable> vars) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Variable v : vars) {
            String base = v.name().toUpperCase(Locale.ROOT);
            String candidate = base.length() <= 8 ? base : base.substring(0, 8);
            for (int n = 1; !used.add(candidate); n++) {
                String suffix = "_" + n;
                candidate = base.substring(0, Math.min(base.length(), 8 - suffix.length())) + suffix;
            }
            names.add(candidate);
        }
        return names;
    }
}
