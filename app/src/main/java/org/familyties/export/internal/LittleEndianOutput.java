package org.familyties.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Little-endian primitive writes straight to a stream through a buffer of its own, for the case data of
 * the binary file formats (which can be far larger than memory should hold). Not thread-safe; {@link #flush()}
 * hands what is buffered to the stream.
 */
public final class LittleEndianOutput {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private long written;

    public LittleEndianOutput(OutputStream out) {
        this.out = out;
    }

    public LittleEndianOutput int8(int v) throws IOException {
        room(1);
        buffer[position++] = (byte) v;
        return this;
    }

    public LittleEndianOutput int64(long v) throws IOException {
        room(8);
        for (int i = 0; i < 8; i++) {
            buffer[position++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    public LittleEndianOutput float64(double v) throws IOException {
        return int64(Double.doubleToRawLongBits(v));
    }

    public LittleEndianOutput bytes(byte[] b) throws IOException {
        return bytes(b, 0, b.length);
    }

    public LittleEndianOutput bytes(byte[] b, int offset, int length) throws IOException {
        if (length > buffer.length) {
            flush();
            out.write(b, offset, length);
            written += length;
            return this;
        }
        room(length);
        System.arraycopy(b, offset, buffer, position, length);
        position += length;
        return this;
    }

    public LittleEndianOutput ascii(String s) throws IOException {
        return bytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code count} copies of one byte. */
    public LittleEndianOutput repeat(byte value, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            int8(value);
        }
        return this;
    }

    /** Bytes handed over so far, buffered ones included. */
    public long written() {
        return written + position;
    }

    public void flush() throws IOException {
        out.write(buffer, 0, position);
        written += position;
        position = 0;
        out.flush();
    }

    private void room(int n) throws IOException {
        if (position + n > buffer.length) {
            out.write(buffer, 0, position);
            written += position;
            position = 0;
        }
    }
}
