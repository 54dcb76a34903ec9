package vn.lantoa.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.lantoa.common.web.InvalidInput;

/** Copies an upload to disk, counting bytes and stopping one byte past the limit: a declared length is never trusted. */
final class Uploads {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_NAME_LENGTH = 255;

    private Uploads() {
    }

    /** The number of bytes copied; throws the refusal as soon as more than {@code maxBytes} arrive. */
    static long copy(InputStream content, Path target, long maxBytes, Supplier<InvalidInput> tooLarge) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            while (true) {
                int wanted = (int) Math.min(buffer.length, maxBytes + 1 - copied);
                int n = content.read(buffer, 0, wanted);
                if (n < 0) {
                    return copied;
                }
                copied += n;
                if (copied > maxBytes) {
                    throw tooLarge.get();
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The file name without any folder a browser may send, without control characters, at most 255 characters. */
    static String cleanName(String originalFilename) {
        String name = originalFilename == null ? "" : originalFilename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "unnamed";
        }
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
