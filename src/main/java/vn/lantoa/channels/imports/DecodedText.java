package vn.lantoa.channels.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.lantoa.common.web.InvalidInput;

/**
 * The text of an exported file: its encoding found by the byte order mark, or without one by where the
 * zero bytes fall (UTF-16 text of Latin letters has one in every pair), UTF-8 otherwise; and the
 * separator when the first line is Excel's {@code sep=,} (that line is then not part of the text).
 *
 * @param text              the text without BOM and without the {@code sep=} line
 * @param charset           the encoding it was read with
 * @param declaredSeparator the separator of a {@code sep=} line, or null
 * @param linesSkipped      lines before the text (1 after a {@code sep=} line), to report file line numbers
 */
public record DecodedText(String text, Charset charset, Character declaredSeparator, int linesSkipped) {

    private static final int SNIFF = 4096;

    public static DecodedText of(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInput("file", "channels.file.empty");
        }
        if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new InvalidInput("file", "channels.file.spreadsheet");
        }
        Charset charset;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else {
            charset = sniff(bytes);
        }
        int length = bytes.length - offset;
        if (charset != StandardCharsets.UTF_8 && length % 2 == 1) {
            length--; // a UTF-16 file cut in the middle of a character
        }
        String text = decode(bytes, offset, length, charset);
        return withSeparatorLine(text, charset);
    }

    /** UTF-16 without BOM when zero bytes fill one side of the pairs; UTF-8 otherwise. */
    private static Charset sniff(byte[] bytes) {
        int even = 0;
        int odd = 0;
        int n = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (even + odd == 0) {
            return StandardCharsets.UTF_8;
        }
        if (odd > n / 8 && odd > even * 4) {
            return StandardCharsets.UTF_16LE;
        }
        if (even > n / 8 && even > odd * 4) {
            return StandardCharsets.UTF_16BE;
        }
        throw new InvalidInput("file", "channels.file.notText");
    }

    private static String decode(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            // a file cut inside a multi-byte character is still readable up to the cut; anything else is not text
            String text = new String(bytes, offset, length, charset);
            int bad = text.indexOf('\uFFFD');
            if (bad >= 0 && bad < text.length() - 2) {
                throw new InvalidInput("file", "channels.file.notText");
            }
            return bad >= 0 ? text.substring(0, bad) : text;
        }
    }

    private static DecodedText withSeparatorLine(String text, Charset charset) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)) {
            char separator = text.charAt(4);
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            if (first.strip().length() == 5 && separator != '"') {
                return new DecodedText(end < 0 ? "" : text.substring(end + 1), charset, separator, 1);
            }
        }
        return new DecodedText(text, charset, null, 0);
    }
}
