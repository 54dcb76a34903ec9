package vn.lantoa.media.image;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.lantoa.media.ExifSegments;
import vn.lantoa.media.TestImages;

/**
 * One 12-megapixel photo into all variants, several times in one JVM: run by bench/image-variants.sh
 * with -Xmx256m. Prints each run, then median, min, max and the peak heap of the measured runs.
 */
public final class ImageVariantsBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImageVariantsBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int orientation = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dir = Files.createTempDirectory("lantoa-bench-");
        try {
            Path photo = photo(dir, orientation);
            System.out.printf("input: %s, %.1f MB, 4000x3000, EXIF orientation %d%n", photo.getFileName(), Files.size(photo) / 1e6, orientation);
            ImageVariants variants = new ImageVariants(new ImageVariants.Rules(50_000_000L, List.of(320, 640, 1280, 1920), 0.85f),
                    HeifDecoder.onPath(Duration.ofSeconds(60)));
            for (int i = 0; i < warmups; i++) {
                once(variants, photo, dir, "warm-up " + (i + 1));
            }
            report(measure(variants, photo, dir, runs));
        } finally {
            delete(dir);
        }
    }

    private static Path photo(Path dir, int orientation) throws IOException {
        Path plain = TestImages.writeJpeg(TestImages.photo(4000, 3000, 42), dir.resolve("photo-12mp.jpg"), 0.92f);
        if (orientation == ExifOrientation.NORMAL) {
            return plain;
        }
        Path turned = dir.resolve("photo-12mp-o" + orientation + ".jpg");
        Files.write(turned, ExifSegments.withOrientation(Files.readAllBytes(plain), orientation));
        return turned;
    }

    private record Run(long millis, long cpuMillis, long peakHeapBytes) {
    }

    private static List<Run> measure(ImageVariants variants, Path photo, Path dir, int runs) throws IOException {
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            measured.add(once(variants, photo, dir, "run " + (i + 1)));
        }
        return measured;
    }

    private static Run once(ImageVariants variants, Path photo, Path dir, String label) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Path work = Files.createTempDirectory(dir, "work-");
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ImageVariants.Result result = variants.process(photo, "photo.jpg", work);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = 0;
        for (Path file : result.files().values()) {
            bytes += Files.size(file);
        }
        System.out.printf("%-10s %5d ms (CPU %4d ms)  peak heap %4d MB  %dx%d -> %s + original, %.1f MB written%n", label, millis,
                cpuMillis, peak >> 20,
                result.width(), result.height(), result.widths(), bytes / 1e6);
        delete(work);
        return new Run(millis, cpuMillis, peak);
    }

    private static void report(List<Run> runs) {
        List<Long> times = sorted(runs.stream().map(Run::millis).toList());
        List<Long> cpu = sorted(runs.stream().map(Run::cpuMillis).toList());
        long peak = runs.stream().mapToLong(Run::peakHeapBytes).max().orElse(0);
        System.out.printf("runs %d: median %d ms, min %d ms, max %d ms (CPU median %d ms); peak heap %d MB (max heap %d MB); %d CPUs, %s %s%n",
                times.size(), times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), cpu.get(cpu.size() / 2), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
