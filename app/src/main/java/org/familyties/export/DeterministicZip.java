package org.familyties.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip archive whose bytes depend only on its contents: entries sorted by name, every entry stamped
 * with one fixed time, no extra fields, fixed compression level, and a {@value #MANIFEST} entry of
 * SHA-256 checksums in the format of {@code sha256sum} (so {@code sha256sum -c} verifies the unpacked files).
 */
public final class DeterministicZip {

    public static final String MANIFEST = "MANIFEST.sha256";
    /** Earliest time a zip entry can hold; the default stamp. */
    public static final LocalDateTime DEFAULT_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final TreeMap<String, byte[]> entries = new TreeMap<>();
    private final LocalDateTime time;
    private int level = Deflater.BEST_COMPRESSION;

    public DeterministicZip(LocalDateTime time) {
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException("Zip times must be within 1980-2107");
        }
        this.time = time.withNano(0).withSecond(time.getSecond() & ~1); // DOS time has 2-second resolution
    }

    public DeterministicZip() {
        this(DEFAULT_TIME);
    }

    /**
     * Deflate level (0-9) for every entry; the default is the best compression. Large packages may
     * prefer a faster level: the bytes stay reproducible for a given level.
     */
    public DeterministicZip level(int level) {
        if (level < Deflater.NO_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("Deflate levels are 0 to 9");
        }
        this.level = level;
        return this;
    }

    public DeterministicZip add(String name, byte[] content) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("..") || name.equals(MANIFEST)) {
            throw new IllegalArgumentException("Bad entry name: " + name);
        }
        if (entries.putIfAbsent(name, content.clone()) != null) {
            throw new IllegalArgumentException("Duplicate entry: " + name);
        }
        return this;
    }

    public DeterministicZip add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The manifest text: one "checksum  name" line per entry, sorted by name. */
    public String manifest() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            b.append(sha256(e.getValue())).append("  ").append(e.getKey()).append('\n');
        }
        return b.toString();
    }

    public void write(OutputStream out) throws IOException {
        TreeMap<String, byte[]> all = new TreeMap<>(entries);
        all.put(MANIFEST, manifest().getBytes(StandardCharsets.UTF_8));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(level);
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
