package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicZipTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 2, 3, 4, 6);

    @TempDir
    Path dir;

    private static byte[] zip(DeterministicZip zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zip.write(out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] bytes, List<LocalDateTime> times) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
                times.add(e.getTimeLocal());
                assertThat(e.getExtra()).isNull();
            }
        }
        return entries;
    }

    @Test
    void sameContentInAnyOrderGivesIdenticalBytesWithSortedEntriesAndFixedTimes() throws IOException {
        byte[] a = zip(new DeterministicZip(TIME).add("b.txt", "second").add("a.csv", "first"));
        byte[] b = zip(new DeterministicZip(TIME).add("a.csv", "first").add("b.txt", "second"));
        assertThat(a).isEqualTo(b);
        List<LocalDateTime> times = new ArrayList<>();
        Map<String, byte[]> entries = unzip(a, times);
        assertThat(entries.keySet()).containsExactly("MANIFEST.sha256", "a.csv", "b.txt");
        assertThat(times).containsOnly(TIME);
        assertThat(new String(entries.get("MANIFEST.sha256"), StandardCharsets.UTF_8)).isEqualTo(
                DeterministicZip.sha256("first".getBytes(StandardCharsets.UTF_8)) + "  a.csv\n"
                        + DeterministicZip.sha256("second".getBytes(StandardCharsets.UTF_8)) + "  b.txt\n");
        assertThat(DeterministicZip.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void manifestVerifiesWithSha256sum() throws IOException {
        ExternalTools.require("sha256sum");
        Map<String, byte[]> entries = unzip(zip(new DeterministicZip(TIME).add("x.csv", "1,2\n").add("y.R", "d <- 1\n")),
                new ArrayList<>());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        assertThat(ExternalTools.runOk(dir, "sha256sum", "-c", "MANIFEST.sha256")).contains("x.csv: OK", "y.R: OK");
    }

    @Test
    void rejectsUnsafeOrDuplicateNames() {
        DeterministicZip zip = new DeterministicZip().add("a", "1");
        assertThatThrownBy(() -> zip.add("a", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zip.add("../evil", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zip.add("MANIFEST.sha256", "2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataPackageBundlesEveryFormatReproducibly() throws IOException {
        DataPackage p = new DataPackage(SampleData.survey(), new StudyDescription("Study", "ID-1", List.of("Team"), "", ""),
                TIME);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        p.writeZip(one);
        p.writeZip(two);
        assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
        Map<String, byte[]> entries = unzip(one.toByteArray(), new ArrayList<>());
        assertThat(entries.keySet()).containsExactly("MANIFEST.sha256", "wave1-codebook.html", "wave1-ddi.xml",
                "wave1.R", "wave1.csv", "wave1.dta", "wave1.sav", "wave1.sps");
        ByteArrayOutputStream sav = new ByteArrayOutputStream();
        p.writeSav(sav);
        assertThat(entries.get("wave1.sav")).isEqualTo(sav.toByteArray());
    }
}
