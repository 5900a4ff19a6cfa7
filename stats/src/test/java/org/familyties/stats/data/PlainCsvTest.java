package org.familyties.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path of {@link DataTable#readCsv(Path)} gives what commons-csv gives, cell for cell. */
class PlainCsvTest {

    @TempDir
    Path dir;

    private void assertSame(String csv) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        DataTable expected = DataTable.readCsv(new StringReader(csv));
        DataTable actual = DataTable.readCsv(file);
        assertThat(actual.names()).isEqualTo(expected.names());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (String name : expected.names()) {
            assertThat(actual.isNumeric(name)).as(name).isEqualTo(expected.isNumeric(name));
            double[] e = expected.column(name);
            double[] a = actual.column(name);
            for (int r = 0; r < e.length; r++) {
                assertThat(Double.doubleToRawLongBits(a[r])).as(name + " row " + r + " " + e[r] + " vs " + a[r])
                        .isEqualTo(Double.doubleToRawLongBits(e[r]));
            }
            assertThat(actual.textColumn(name)).as(name).containsExactly(expected.textColumn(name));
            assertThat(actual.isNumeric(name)).as(name).isEqualTo(expected.isNumeric(name));
        }
    }

    @Test
    void plainFilesReadAsByCommonsCsv() throws IOException {
        assertSame("x,y,g\n1,,a\nNA,2.5,b\n3,4,a\n");
        assertSame("x,y\r\n1,2\r\n\r\n 3 , 4 \r\n");
        assertSame("x,y\n1,2");
        assertSame("x, y ,z\n-0,+1.5,1e-04\n.5,5.,1E+3\n007,-0.000,2.5e22\n");
        assertSame("a,b\nNaN,Infinity\n-Infinity,0x1p3\n1d,2f\n1e,.\n-,+\n1e99999,1.7976931348623157e308\n");
        assertSame("a,b\n0.1234567890123456789,123456789012345678901234\n4.9e-324,1e-400\n");
        assertSame("a\n\n\n1\n  \n2\n");
        assertSame("id,score\n001,1\n1.0,2\n1.50,3\n");
        assertSame("x\n");
        assertSame("\"x1\",\"x 2\", \"größe\" \n1,2,3\n4,NA,6\n");
    }

    @Test
    void filesItDoesNotHandleGoToCommonsCsv() throws IOException {
        assertSame("x,g\n1,\"a, b\"\n2,c\n");
        assertSame("x,g\n1,é\n");
        assertSame("x,y\r1,2\r");
        assertSame("\"a\nb\",c\n1,2\n");
        Path broken = dir.resolve("b.csv");
        Files.writeString(broken, "\"a,b\n1,2\n");
        assertThatThrownBy(() -> DataTable.readCsv(broken)).isInstanceOf(org.apache.commons.csv.CSVException.class);
    }

    @Test
    void raggedRowIsStillReportedWithItsLine() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "a,b\n1,2\n3\n");
        assertThatThrownBy(() -> DataTable.readCsv(file)).isInstanceOf(DataException.class).hasMessageContaining("Line");
    }

    @Test
    void randomDecimalsParseExactly() throws IOException {
        Random rnd = new Random(5);
        StringBuilder csv = new StringBuilder("a,b,c,d\n");
        for (int i = 0; i < 5_000; i++) {
            double v = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(20) - 10);
            csv.append(v).append(',').append(String.format(java.util.Locale.ROOT, "%.15g", v)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.6f", v)).append(',').append(rnd.nextInt(1000) - 500).append('\n');
        }
        assertSame(csv.toString());
    }

    @Test
    void referenceDataReadAlike() throws IOException {
        Path sem = Path.of("src/test/resources/sem");
        List<Path> files;
        try (Stream<Path> s = Files.list(sem)) {
            files = s.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertSame(Files.readString(f));
        }
    }

    @Test
    void ofColumnsMakesTextOnDemand() {
        DataTable t = DataTable.ofColumns(List.of("x"), new double[][] {{1.0, Double.NaN, 2.5}});
        assertThat(t.isNumeric("x")).isTrue();
        assertThat(t.textColumn("x")).containsExactly("1.0", null, "2.5");
        assertThat(t.isNumeric("x")).isTrue();
    }
}
