package org.familyties.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
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
 * A reproducible zip written entry by entry as each file is produced, so no entry is ever held whole in
 * memory. Like {@link DeterministicZip} every entry carries one fixed time, no extra fields and one
 * compression level, and the archive ends with a {@value DeterministicZip#MANIFEST} of SHA-256 checksums
 * (sorted by name, as {@code sha256sum -c} reads them); entries keep the order they were added in, so the
 * same calls give the same bytes. The SHA-256 and size of the whole archive are known once it is finished.
 */
public final class StreamingZip {

    /** Writes one entry's content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private final CountingDigest file;
    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final TreeMap<String, String> checksums = new TreeMap<>();
    private boolean finished;
    private String sha256;

    public StreamingZip(OutputStream out, LocalDateTime time, int level) {
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException("Zip times must be within 1980-2107");
        }
        if (level < Deflater.NO_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("Deflate levels are 0 to 9");
        }
        this.file = new CountingDigest(out);
        this.zip = new ZipOutputStream(file, StandardCharsets.UTF_8);
        this.zip.setLevel(level);
        this.time = time.withNano(0).withSecond(time.getSecond() & ~1); // DOS time has 2-second resolution
    }

    public StreamingZip add(String name, Content content) throws IOException {
        if (finished) {
            throw new IllegalStateException("The archive is finished");
        }
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("..")
                || name.equals(DeterministicZip.MANIFEST)) {
            throw new IllegalArgumentException("Bad entry name: " + name);
        }
        if (checksums.containsKey(name)) {
            throw new IllegalArgumentException("Duplicate entry: " + name);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        DigestOutputStream digest = new DigestOutputStream(new Unclosable(zip), newDigest());
        content.write(digest);
        digest.flush();
        zip.closeEntry();
        checksums.put(name, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
        return this;
    }

    public StreamingZip add(String name, byte[] content) throws IOException {
        return add(name, out -> out.write(content));
    }

    public StreamingZip add(String name, String text) throws IOException {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the manifest and the zip directory; the stream given is flushed, not closed. */
    public void finish() throws IOException {
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, String> e : checksums.entrySet()) {
            manifest.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        ZipEntry entry = new ZipEntry(DeterministicZip.MANIFEST);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        finished = true;
        sha256 = HexFormat.of().formatHex(file.digest.digest());
    }

    /** SHA-256 of the whole archive, in hex; once finished. */
    public String sha256() {
        requireFinished();
        return sha256;
    }

    /** Bytes of the whole archive; once finished. */
    public long size() {
        requireFinished();
        return file.count;
    }

    private void requireFinished() {
        if (!finished) {
            throw new IllegalStateException("The archive is not finished");
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts and digests what goes to the underlying stream. */
    private static final class CountingDigest extends FilterOutputStream {
        private final MessageDigest digest = newDigest();
        private long count;

        CountingDigest(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }

    /** A writer closing its stream must not close the archive. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
