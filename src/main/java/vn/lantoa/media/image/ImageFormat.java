package vn.lantoa.media.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The photo formats we take, recognized by their first bytes, never by a file name or a client's word. */
public enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp"),
    HEIC(null);

    /** Enough bytes to recognize every format, including the brands of an ISO BMFF {@code ftyp} box. */
    public static final int HEADER_BYTES = 64;

    /** HEIF brands of HEVC-coded photos (AVIF, also HEIF, is not among the formats we take). */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
    private static final Set<String> HEIF_GENERIC_BRANDS = Set.of("mif1", "msf1");

    private final String imageIoName;

    ImageFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    /** Name of the ImageIO reader, or {@code null} when only an outside tool decodes the format. */
    String imageIoName() {
        return imageIoName;
    }

    public static Optional<ImageFormat> detect(byte[] header) {
        if (startsWith(header, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(header, 0, 4).equals("RIFF") && ascii(header, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return isHeic(header) ? Optional.of(HEIC) : Optional.empty();
    }

    /** A {@code ftyp} box whose major brand is HEVC-coded HEIF, or a generic HEIF brand listing one. */
    private static boolean isHeic(byte[] header) {
        if (!ascii(header, 4, 4).equals("ftyp")) {
            return false;
        }
        String major = ascii(header, 8, 4);
        if (HEIC_BRANDS.contains(major)) {
            return true;
        }
        int boxEnd = Math.min(header.length, readInt(header, 0));
        boolean generic = HEIF_GENERIC_BRANDS.contains(major);
        for (int at = 16; generic && at + 4 <= boxEnd; at += 4) {
            if (HEIC_BRANDS.contains(ascii(header, at, 4))) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] data, int offset, int length) {
        if (data.length < offset + length) {
            return "";
        }
        return new String(Arrays.copyOfRange(data, offset, offset + length), StandardCharsets.ISO_8859_1);
    }

    static int readInt(byte[] data, int offset) {
        return data.length < offset + 4 ? 0
                : (data[offset] & 0xFF) << 24 | (data[offset + 1] & 0xFF) << 16 | (data[offset + 2] & 0xFF) << 8 | data[offset + 3] & 0xFF;
    }
}
