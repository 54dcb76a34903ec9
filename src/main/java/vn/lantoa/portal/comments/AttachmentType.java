package vn.lantoa.portal.comments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files a reader may attach, recognized by their first bytes, never by their names: a ".jpg" that
 * is really a program or a web page is none of these.
 */
public enum AttachmentType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    PDF("application/pdf");

    /** How many first bytes {@link #detect} needs. */
    public static final int HEADER_BYTES = 16;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;

    AttachmentType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<AttachmentType> detect(byte[] header) {
        if (header.length >= 3 && (header[0] & 0xff) == 0xff && (header[1] & 0xff) == 0xd8 && (header[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, ascii("RIFF"), 0) && startsWith(header, ascii("WEBP"), 8)) {
            return Optional.of(WEBP);
        }
        if (startsWith(header, ascii("%PDF-"), 0)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * Names in a PDF that make a reader's program act: run a script, start a program, open an embedded
     * file or an XML form. Found in plain dictionaries; a PDF that hides them in compressed object
     * streams passes this check, which is why PDFs are only ever served as downloads, and a moderator
     * looks at each one before anyone else can.
     */
    private static final List<byte[]> ACTIVE_NAMES = List.of(ascii("/JavaScript"), ascii("/JS"), ascii("/Launch"),
            ascii("/EmbeddedFile"), ascii("/RichMedia"), ascii("/XFA"));
    private static final int LONGEST_NAME = 16;
    private static final int END_MARK_ZONE = 1024;

    /** Why a PDF is refused: the first active name found, "damaged" when its end mark is missing; empty when it is fine. */
    public static Optional<String> pdfProblem(InputStream content) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        byte[] carry = new byte[0];
        byte[] tail = new byte[0];
        int n;
        while ((n = content.readNBytes(chunk, 0, chunk.length)) > 0) {
            byte[] window = concat(carry, chunk, n);
            Optional<String> found = activeName(window);
            if (found.isPresent()) {
                return found;
            }
            carry = Arrays.copyOfRange(window, Math.max(0, window.length - LONGEST_NAME), window.length);
            byte[] joined = concat(tail, chunk, n);
            tail = Arrays.copyOfRange(joined, Math.max(0, joined.length - END_MARK_ZONE), joined.length);
        }
        return indexOf(tail, ascii("%%EOF"), 0) >= 0 ? Optional.empty() : Optional.of("damaged");
    }

    private static Optional<String> activeName(byte[] bytes) {
        for (byte[] name : ACTIVE_NAMES) {
            int at = 0;
            while ((at = indexOf(bytes, name, at)) >= 0) {
                int next = at + name.length;
                // "/JS" but not "/JSomething": a name ends at a delimiter or white space.
                if (next >= bytes.length || isDelimiter(bytes[next])) {
                    return Optional.of(new String(name, StandardCharsets.US_ASCII));
                }
                at = next;
            }
        }
        return Optional.empty();
    }

    private static boolean isDelimiter(byte b) {
        return " \t\r\n\f\0()<>[]{}/%".indexOf((char) (b & 0xff)) >= 0;
    }

    private static byte[] concat(byte[] first, byte[] second, int secondLength) {
        byte[] joined = Arrays.copyOf(first, first.length + secondLength);
        System.arraycopy(second, 0, joined, first.length, secondLength);
        return joined;
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
