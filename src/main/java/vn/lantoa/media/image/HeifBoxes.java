package vn.lantoa.media.image;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads the image sizes a HEIF file declares ({@code meta/iprp/ipco/ispe} boxes) without decoding,
 * so that a huge image is refused before an outside tool spends memory on it.
 */
final class HeifBoxes {

    private static final int MAX_META_BYTES = 4 * 1024 * 1024;

    private HeifBoxes() {
    }

    /** Pixels of the largest image declared (a grid's full size, not a tile's), 0 when none is declared. */
    static long largestImagePixels(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long at = 0;
            while (at + 8 <= in.length()) {
                in.seek(at);
                long size = Integer.toUnsignedLong(in.readInt());
                int type = in.readInt();
                int header = 8;
                if (size == 1) {
                    size = in.readLong();
                    header = 16;
                } else if (size == 0) {
                    size = in.length() - at;
                }
                if (size < header) {
                    return 0;
                }
                if (type == fourcc("meta")) {
                    long content = Math.min(size - header, MAX_META_BYTES);
                    byte[] meta = new byte[(int) content];
                    in.readFully(meta);
                    return largest(ByteBuffer.wrap(meta, 4, meta.length - 4));
                }
                at += size;
            }
            return 0;
        }
    }

    /** Walks the children of a box; {@code iprp} and {@code ipco} hold the properties, {@code ispe} the sizes. */
    private static long largest(ByteBuffer boxes) {
        long largest = 0;
        while (boxes.remaining() >= 8) {
            int start = boxes.position();
            long size = Integer.toUnsignedLong(boxes.getInt());
            int type = boxes.getInt();
            if (size < 8 || size > boxes.limit() - start) {
                return largest;
            }
            int end = (int) (start + size);
            if (type == fourcc("iprp") || type == fourcc("ipco")) {
                largest = Math.max(largest, largest(boxes.duplicate().limit(end)));
            } else if (type == fourcc("ispe") && size >= 20) {
                boxes.getInt();
                largest = Math.max(largest, Integer.toUnsignedLong(boxes.getInt()) * Integer.toUnsignedLong(boxes.getInt()));
            }
            boxes.position(end);
        }
        return largest;
    }

    private static int fourcc(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }
}
