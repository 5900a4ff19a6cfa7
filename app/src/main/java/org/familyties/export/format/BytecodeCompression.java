package org.familyties.export.format;

import java.util.Arrays;

import org.familyties.export.internal.LittleEndianBuffer;

/**
 * Bytecode compression of .sav case data. The uncompressed data is a sequence of 8-byte elements;
 * each becomes a one-byte code, gathered in blocks of eight codes followed by the raw elements that
 * the block's 253 codes refer to:
 * 1..251 = the number (code - bias), 253 = raw element follows, 254 = eight spaces,
 * 255 = system-missing, 0 = padding of the last block.
 */
final class BytecodeCompression {

    static final double BIAS = 100.0;
    private static final byte[] SPACES = "        ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long SYSMIS_BITS = Double.doubleToRawLongBits(-Double.MAX_VALUE);

    private BytecodeCompression() {
    }

    /**
     * @param numeric for each element of one case, whether it holds a number (else a string segment);
     *                the pattern repeats for every case
     */
    static byte[] compress(byte[] elements, boolean[] numeric) {
        LittleEndianBuffer out = new LittleEndianBuffer();
        byte[] codes = new byte[8];
        LittleEndianBuffer raw = new LittleEndianBuffer();
        int n = 0;
        for (int offset = 0; offset < elements.length; offset += 8) {
            byte[] e = Arrays.copyOfRange(elements, offset, offset + 8);
            boolean isNumber = numeric[(offset / 8) % numeric.length];
            int code = isNumber ? numberCode(e) : (Arrays.equals(e, SPACES) ? 254 : 253);
            codes[n++] = (byte) code;
            if (code == 253) {
                raw.bytes(e);
            }
            if (n == 8) {
                out.bytes(codes).bytes(raw.toByteArray());
                codes = new byte[8];
                raw = new LittleEndianBuffer();
                n = 0;
            }
        }
        if (n > 0) {
            out.bytes(codes).bytes(raw.toByteArray());
        }
        return out.toByteArray();
    }

    private static int numberCode(byte[] e) {
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = (bits << 8) | (e[i] & 0xFF);
        }
        if (bits == SYSMIS_BITS) {
            return 255;
        }
        double d = Double.longBitsToDouble(bits);
        if (d == Math.rint(d) && d >= 1 - BIAS && d <= 251 - BIAS && bits != Double.doubleToRawLongBits(-0.0)) {
            return (int) (d + BIAS);
        }
        return 253;
    }
}
