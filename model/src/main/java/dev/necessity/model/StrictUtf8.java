package dev.necessity.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and refuses anything else, reporting the offset of the first byte that is not
 * UTF-8 (Java's own decoders replace it silently, or say only "Input length = 1").
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The bytes are not UTF-8 from {@link #offset()}, where the byte is {@link #value()}. */
    public static final class Malformed extends Exception {
        private final int offset;
        private final int value;

        Malformed(int offset, int value) {
            super(null, null, false, false);
            this.offset = offset;
            this.value = value;
        }

        public int offset() {
            return offset;
        }

        /** The offending byte, 0-255. */
        public int value() {
            return value;
        }
    }

    public static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new Malformed(offset, bytes[offset] & 0xFF);
        }
        return out.flip().toString();
    }
}
