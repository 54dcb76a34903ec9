package vn.lantoa.media.image;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.common.web.InvalidInput;

/**
 * HEIC photos (iPhones) have no pure-Java decoder: libheif's command-line tool turns them into PNG
 * ({@code heif-dec} since libheif 1.17, {@code heif-convert} before; Debian package
 * {@code libheif-examples}). Without the tool, HEIC is refused with advice to send JPEG.
 */
public final class HeifDecoder {

    private static final Logger log = LoggerFactory.getLogger(HeifDecoder.class);
    private static final List<String> TOOLS = List.of("heif-dec", "heif-convert");

    private final Path tool;
    private final Duration timeout;

    private HeifDecoder(Path tool, Duration timeout) {
        this.tool = tool;
        this.timeout = timeout;
    }

    /** The first of libheif's decoding tools on the PATH, if any. */
    public static HeifDecoder onPath(Duration timeout) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        Path found = TOOLS.stream()
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        return new HeifDecoder(found, timeout);
    }

    /** A given tool, or none when {@code tool} is {@code null} or not executable. */
    public static HeifDecoder using(Path tool, Duration timeout) {
        return new HeifDecoder(tool != null && Files.isExecutable(tool) ? tool : null, timeout);
    }

    public boolean available() {
        return tool != null;
    }

    /** Decodes the primary image to a PNG in {@code workDir}, after checking the pixel count the file declares. */
    Path decode(Path heic, Path workDir, long maxPixels, String name) throws IOException {
        if (tool == null) {
            throw new InvalidInput("file", "media.error.heicUnsupported", name);
        }
        long pixels = HeifBoxes.largestImagePixels(heic);
        if (pixels <= 0) {
            throw ImageCodec.unreadable(name);
        }
        ImageCodec.requireAtMost(pixels, maxPixels, name);
        Path png = workDir.resolve("heic.png");
        run(List.of(tool.toString(), "--quiet", heic.toString(), png.toString()), workDir, name);
        return decoded(png, workDir, name);
    }

    private void run(List<String> command, Path workDir, String name) throws IOException {
        Path output = workDir.resolve("heif-tool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                log.warn("{} took longer than {} for {}", tool, timeout, name);
                throw ImageCodec.unreadable(name);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while decoding HEIC", e);
        }
        if (process.exitValue() != 0) {
            log.info("{} failed with {} for {}: {}", tool, process.exitValue(), name, Files.readString(output).strip());
            throw ImageCodec.unreadable(name);
        }
    }

    /** A file holding several images (a burst) gives heic-1.png, heic-2.png…; the first is the primary one. */
    private static Path decoded(Path png, Path workDir, String name) throws IOException {
        if (Files.isRegularFile(png)) {
            return png;
        }
        try (Stream<Path> files = Files.list(workDir)) {
            return files.filter(f -> f.getFileName().toString().matches("heic-\\d+\\.png")).sorted().findFirst()
                    .orElseThrow(() -> ImageCodec.unreadable(name));
        }
    }
}
