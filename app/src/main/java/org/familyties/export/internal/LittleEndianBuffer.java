package org.familyties.export.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Growable byte buffer with little-endian primitive writes, for the binary file formats. */
public final class LittleEndianBuffer {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public LittleEndianBuffer int8(int v) {
        out.write(v);
        return this;
    }

    public LittleEndianBuffer int16(int v) {
        out.write(v);
        out.write(v >>> 8);
        return this;
    }

    public LittleEndianBuffer int32(int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
        return this;
    }

    public LittleEndianBuffer int64(long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
        return this;
    }

    public LittleEndianBuffer float64(double v) {
        return int64(Double.doubleToRawLongBits(v));
    }

    public LittleEndianBuffer bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    public LittleEndianBuffer ascii(String s) {
        return bytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** Text in UTF-8, cut at a character boundary to at most {@code length} bytes and padded with {@code pad}. */
    public LittleEndianBuffer fixed(String s, int length, byte pad) {
        byte[] b = Text.utf8Prefix(s, length);
        bytes(b);
        for (int i = b.length; i < length; i++) {
            out.write(pad);
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
