package vn.lantoa.media.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the EXIF orientation tag (1–8) of a JPEG, WebP or PNG without decoding its pixels. Phones
 * store photos sideways and set this tag; browsers honour it only in some places, so we turn the
 * pixels instead and drop the tag with the rest of the metadata.
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int MAX_EXIF_BYTES = 65_535 * 16;

    private ExifOrientation() {
    }

    static int read(Path file, ImageFormat format) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 16 * 1024))) {
            byte[] tiff = switch (format) {
                case JPEG -> jpegExif(in);
                case WEBP -> webpExif(in);
                case PNG -> pngExif(in);
                case HEIC -> null;
            };
            return tiff == null ? NORMAL : orientation(tiff);
        } catch (EOFException truncated) {
            return NORMAL;
        }
    }

    /** APP1 segments before the image data; the one starting "Exif\0\0" holds a TIFF structure. */
    private static byte[] jpegExif(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        while (true) {
            int marker = nextMarker(in);
            if (marker == 0xDA || marker == 0xD9) {
                return null;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            int length = in.readUnsignedShort() - 2;
            if (marker == 0xE1 && length > 6) {
                byte[] segment = in.readNBytes(length);
                if (ImageFormat.ascii(segment, 0, 4).equals("Exif") && segment[4] == 0 && segment[5] == 0) {
                    return Arrays.copyOfRange(segment, 6, segment.length);
                }
            } else {
                in.skipNBytes(Math.max(0, length));
            }
        }
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        while (b != 0xFF) {
            b = in.readUnsignedByte();
        }
        while (b == 0xFF) {
            b = in.readUnsignedByte();
        }
        return b;
    }

    private static byte[] webpExif(DataInputStream in) throws IOException {
        in.skipNBytes(12);
        while (true) {
            String fourcc = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
            long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
            long padded = size + (size & 1);
            if (fourcc.equals("EXIF") && size <= MAX_EXIF_BYTES) {
                byte[] exif = in.readNBytes((int) size);
                boolean prefixed = ImageFormat.ascii(exif, 0, 4).equals("Exif");
                return prefixed ? Arrays.copyOfRange(exif, 6, exif.length) : exif;
            }
            in.skipNBytes(padded);
        }
    }

    /** The eXIf chunk comes before the image data. */
    private static byte[] pngExif(DataInputStream in) throws IOException {
        in.skipNBytes(8);
        while (true) {
            long length = Integer.toUnsignedLong(in.readInt());
            String type = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
            if (type.equals("eXIf") && length <= MAX_EXIF_BYTES) {
                return in.readNBytes((int) length);
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                return null;
            }
            in.skipNBytes(length + 4);
        }
    }

    /** The orientation entry of the first image directory of a TIFF structure, or 1 when absent or odd. */
    static int orientation(byte[] tiff) {
        if (tiff.length < 8) {
            return NORMAL;
        }
        boolean little = tiff[0] == 'I' && tiff[1] == 'I';
        if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) {
            return NORMAL;
        }
        long ifd = unsigned32(tiff, 4, little);
        if (ifd + 2 > tiff.length) {
            return NORMAL;
        }
        int entries = unsigned16(tiff, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > tiff.length) {
                return NORMAL;
            }
            if (unsigned16(tiff, entry, little) == TAG_ORIENTATION) {
                int value = unsigned16(tiff, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int unsigned16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long unsigned32(byte[] b, int at, boolean little) {
        long high = unsigned16(b, little ? at + 2 : at, little);
        long low = unsigned16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
