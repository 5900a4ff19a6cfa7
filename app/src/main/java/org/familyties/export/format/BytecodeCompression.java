package org.familyties.export.format;

import java.io.IOException;

import org.familyties.export.internal.LittleEndianOutput;

/**
 * Bytecode compression of .sav case data, written as the cases are produced. The uncompressed data is a
 * sequence of 8-byte elements; each becomes a one-byte code, gathered in blocks of eight codes followed by
 * the raw elements that the block's 253 codes refer to:
 * 1..251 = the number (code - bias), 253 = raw element follows, 254 = eight spaces,
 * 255 = system-missing, 0 = padding of the last block.
 */
final class BytecodeCompression implements SavWriter.Elements {

    static final double BIAS = 100.0;
    private static final long SYSMIS_BITS = Double.doubleToRawLongBits(-Double.MAX_VALUE);
    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);
    private static final long SPACES = 0x2020202020202020L;

    private final LittleEndianOutput out;
    private final byte[] codes = new byte[8];
    private final long[] raw = new long[8];
    private int n;
    private int rawCount;

    BytecodeCompression(LittleEndianOutput out) {
        this.out = out;
    }

    @Override
    public void number(double value) throws IOException {
        long bits = Double.doubleToRawLongBits(value);
        element(numberCode(bits), bits);
    }

    @Override
    public void string(byte[] text, int offset, int take, int allocated) throws IOException {
        for (int e = 0; e < allocated; e += 8) {
            long bits = 0;
            for (int i = 7; i >= 0; i--) {
                int at = e + i;
                bits = (bits << 8) | (at < take ? text[offset + at] & 0xFF : ' ');
            }
            element(bits == SPACES ? 254 : 253, bits);
        }
    }

    @Override
    public void finish() throws IOException {
        if (n > 0) {
            java.util.Arrays.fill(codes, n, 8, (byte) 0);
            block();
        }
    }

    private void element(int code, long bits) throws IOException {
        codes[n++] = (byte) code;
        if (code == 253) {
            raw[rawCount++] = bits;
        }
        if (n == 8) {
            block();
        }
    }

    private void block() throws IOException {
        out.bytes(codes);
        for (int i = 0; i < rawCount; i++) {
            out.int64(raw[i]);
        }
        n = 0;
        rawCount = 0;
    }

    private static int numberCode(long bits) {
        if (bits == SYSMIS_BITS) {
            return 255;
        }
        double d = Double.longBitsToDouble(bits);
        if (d == Math.rint(d) && d >= 1 - BIAS && d <= 251 - BIAS && bits != NEGATIVE_ZERO_BITS) {
            return (int) (d + BIAS);
        }
        return 253;
    }
}
