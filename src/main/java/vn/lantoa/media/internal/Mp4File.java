package vn.lantoa.media.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import vn.lantoa.common.web.InvalidInput;

/**
 * Tells an MP4 (ISO base media file with an MP4-family brand, which every browser plays) from other
 * containers by the first bytes, checks that its top-level boxes fill the file (an interrupted upload
 * does not), and reads the picture size from the first video track's header.
 */
final class Mp4File {

    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso8", "iso9",
            "mp41", "mp42", "avc1", "dash", "M4V ", "M4VH", "M4VP", "mmp4", "MSNV", "f4v ");
    private static final int MAX_MOOV_BYTES = 32 * 1024 * 1024;

    private Mp4File() {
    }

    /** Picture size of the video; either may be {@code null} when no track declares one. */
    record Info(Integer width, Integer height) {
    }

    static Info check(Path file, String name) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(in.length(), 64)];
            in.readFully(head);
            requireMp4(head, name);
            int[] size = size(moov(in, name));
            return size == null ? new Info(null, null) : new Info(size[0], size[1]);
        }
    }

    private static void requireMp4(byte[] head, String name) {
        String box = ascii(head, 4, 4);
        if (!box.equals("ftyp")) {
            String other = otherFormat(head);
            throw other == null ? new InvalidInput("file", "media.error.notAVideo", name)
                    : new InvalidInput("file", "media.error.videoFormat", name, other);
        }
        String major = ascii(head, 8, 4);
        if (major.equals("qt  ")) {
            throw new InvalidInput("file", "media.error.videoFormat", name, "QuickTime (.mov)");
        }
        if (major.startsWith("3g")) {
            throw new InvalidInput("file", "media.error.videoFormat", name, "3GP");
        }
        if (!MP4_BRANDS.contains(major) && !hasCompatibleMp4Brand(head)) {
            throw new InvalidInput("file", "media.error.notAVideo", name);
        }
    }

    private static boolean hasCompatibleMp4Brand(byte[] head) {
        int end = Math.min(head.length, ByteBuffer.wrap(head).getInt(0));
        for (int at = 16; at + 4 <= end; at += 4) {
            if (MP4_BRANDS.contains(ascii(head, at, 4))) {
                return true;
            }
        }
        return false;
    }

    /** Containers people often send instead, named so that the message can say what was received. */
    private static String otherFormat(byte[] head) {
        String box = ascii(head, 4, 4);
        if (Set.of("moov", "mdat", "wide", "free", "skip", "pnot").contains(box)) {
            return "QuickTime (.mov)";
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("AVI ")) {
            return "AVI";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF && (head[3] & 0xFF) == 0xA3) {
            return "MKV/WebM";
        }
        if (ascii(head, 0, 3).equals("FLV")) {
            return "FLV";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x30 && (head[1] & 0xFF) == 0x26 && (head[2] & 0xFF) == 0xB2 && (head[3] & 0xFF) == 0x75) {
            return "WMV";
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 1 && (head[3] & 0xFF) == 0xBA) {
            return "MPEG";
        }
        return null;
    }

    /** Walks the top-level boxes to the end of the file and returns the content of moov. */
    private static ByteBuffer moov(RandomAccessFile in, String name) throws IOException {
        long length = in.length();
        long at = 0;
        ByteBuffer moov = null;
        while (at < length) {
            if (at + 8 > length) {
                throw damaged(name);
            }
            in.seek(at);
            long size = Integer.toUnsignedLong(in.readInt());
            String type = fourcc(in.readInt());
            int header = 8;
            if (size == 1) {
                size = in.readLong();
                header = 16;
            } else if (size == 0) {
                size = length - at;
            }
            if (size < header || at + size > length) {
                throw damaged(name);
            }
            if (type.equals("moov") && size - header <= MAX_MOOV_BYTES) {
                byte[] content = new byte[(int) (size - header)];
                in.readFully(content);
                moov = ByteBuffer.wrap(content);
            }
            at += size;
        }
        if (moov == null) {
            throw damaged(name);
        }
        return moov;
    }

    private static InvalidInput damaged(String name) {
        return new InvalidInput("file", "media.error.damagedVideo", name);
    }

    /** Picture size from the first track header (tkhd) with one, turned when the track's matrix rotates it. */
    private static int[] size(ByteBuffer boxes) {
        while (boxes.remaining() >= 8) {
            int start = boxes.position();
            long size = Integer.toUnsignedLong(boxes.getInt());
            String type = fourcc(boxes.getInt());
            if (size < 8 || size > boxes.limit() - start) {
                return null;
            }
            int end = (int) (start + size);
            int[] found = type.equals("trak") ? size(boxes.duplicate().limit(end))
                    : type.equals("tkhd") ? trackSize(boxes.duplicate().limit(end)) : null;
            if (found != null) {
                return found;
            }
            boxes.position(end);
        }
        return null;
    }

    private static int[] trackSize(ByteBuffer tkhd) {
        int start = tkhd.position();
        int version = tkhd.get(start) & 0xFF;
        int matrix = start + (version == 1 ? 52 : 40);
        int width = start + (version == 1 ? 88 : 76);
        if (tkhd.limit() < width + 8) {
            return null;
        }
        int w = tkhd.getInt(width) >>> 16;
        int h = tkhd.getInt(width + 4) >>> 16;
        boolean quarterTurn = tkhd.getInt(matrix) == 0 && tkhd.getInt(matrix + 4) != 0;
        return w > 0 && h > 0 ? (quarterTurn ? new int[] {h, w} : new int[] {w, h}) : null;
    }

    private static String fourcc(int value) {
        return new String(ByteBuffer.allocate(4).putInt(value).array(), StandardCharsets.ISO_8859_1);
    }

    private static String ascii(byte[] data, int offset, int length) {
        return data.length < offset + length ? "" : new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }
}
