package vn.lantoa.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads and writes the metadata segments of JPEG and PNG files, to plant EXIF in inputs and look for it in outputs. */
public final class ExifSegments {

    private ExifSegments() {
    }

    /** A JPEG with an APP1 segment holding only EXIF orientation, right after the start-of-image marker. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1});
        int length = 2 + 6 + tiff.length;
        app1.write(length >> 8);
        app1.write(length & 0xFF);
        app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        app1.writeBytes(tiff);
        return insertAfterStart(jpeg, app1.toByteArray());
    }

    /** The whole APP1 "Exif" segment (marker and length included) of a JPEG. */
    public static byte[] exifSegment(byte[] jpeg) {
        return jpegSegments(jpeg).stream().filter(s -> (s[1] & 0xFF) == 0xE1 && new String(s, 4, 4, StandardCharsets.ISO_8859_1).equals("Exif"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No EXIF segment"));
    }

    public static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segment.length);
        out.write(jpeg, 0, 2);
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Segments before the image data, each with its marker: APPn, COM, DQT, SOF… */
    public static List<byte[]> jpegSegments(byte[] jpeg) {
        List<byte[]> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            segments.add(Arrays.copyOfRange(jpeg, at, at + 2 + length));
            at += 2 + length;
        }
        return segments;
    }

    /** Markers of the metadata a JPEG carries: APP1–APP15 (EXIF, XMP, ICC, Photoshop…) and comments. */
    public static List<String> jpegMetadata(byte[] jpeg) {
        return jpegSegments(jpeg).stream().map(s -> s[1] & 0xFF)
                .filter(m -> (m >= 0xE1 && m <= 0xEF) || m == 0xFE)
                .map(m -> String.format("FF%02X", m)).toList();
    }

    /** Chunk types of a PNG. */
    public static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = (png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8 | png[at + 3] & 0xFF;
            chunks.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += 12 + length;
        }
        return chunks;
    }
}
