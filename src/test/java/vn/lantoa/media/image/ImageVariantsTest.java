package vn.lantoa.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static vn.lantoa.media.Refusals.refusal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.media.ExifSegments;
import vn.lantoa.media.TestImages;

/** Real image files through the whole pipeline: orientation, metadata, variants, formats and refusals. */
class ImageVariantsTest {

    private static final List<Integer> WIDTHS = List.of(320, 640, 1280, 1920);

    @TempDir
    Path dir;

    private final ImageVariants variants = new ImageVariants(new ImageVariants.Rules(50_000_000L, WIDTHS, 0.85f),
            HeifDecoder.onPath(Duration.ofSeconds(60)));

    @Test
    void landscapePhotoTaggedWithOrientation6BecomesPortraitWithoutItsGpsInAnyFile() throws IOException {
        BufferedImage landscape = TestImages.photo(4000, 3000, 1);
        paint(landscape, Color.RED, 0, 0, 400, 400);
        byte[] gpsAndOrientation6 = ExifSegments.exifSegment(fixture("photo.jpg"));
        byte[] jpeg = ExifSegments.insertAfterStart(Files.readAllBytes(TestImages.writeJpeg(landscape, dir.resolve("l.jpg"), 0.9f)),
                gpsAndOrientation6);

        ImageVariants.Result result = process(jpeg, "IMG_0001.JPG");

        assertThat(result.width()).isEqualTo(3000);
        assertThat(result.height()).isEqualTo(4000);
        assertThat(result.widths()).containsExactly(320, 640, 1280, 1920);
        assertThat(result.files()).containsOnlyKeys("original.jpg", "320.jpg", "640.jpg", "1280.jpg", "1920.jpg");
        BufferedImage original = read(result.files().get("original.jpg"));
        assertThat(original.getWidth()).isEqualTo(3000);
        // Turned clockwise: the red top-left corner of the landscape is now the top-right corner.
        assertThat(isRed(original.getRGB(2800, 200))).isTrue();
        assertThat(isRed(original.getRGB(200, 200))).isFalse();
        for (int width : WIDTHS) {
            BufferedImage variant = read(result.files().get(width + ".jpg"));
            assertThat(variant.getWidth()).isEqualTo(width);
            assertThat(variant.getHeight()).isEqualTo(Math.round(width * 4000 / 3000f));
        }
        assertNoMetadata(result.files());
    }

    @Test
    void smallPhotoFromTheFixtureIsTurnedAndGetsOnlyTheNarrowerVariants() throws IOException {
        byte[] photo = fixture("photo.jpg");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "LanToaTest");

        ImageVariants.Result result = process(photo, "photo.jpg");

        assertThat(result.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(result.width(), result.height())).containsExactly(400, 600);
        assertThat(result.widths()).containsExactly(320);
        BufferedImage variant = read(result.files().get("320.jpg"));
        assertThat(List.of(variant.getWidth(), variant.getHeight())).containsExactly(320, 480);
        assertNoMetadata(result.files());
    }

    @Test
    void pngWithTransparencyStaysPngWithItsAlpha() throws IOException {
        ImageVariants.Result result = process(fixture("alpha.png"), "logo.png");

        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(result.files()).containsOnlyKeys("original.png", "320.png", "640.png");
        for (Path file : result.files().values()) {
            BufferedImage image = read(file);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
            assertThat(image.getRGB(0, 0) >>> 24).as("corner of %s", file.getFileName()).isZero();
            int centre = image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
            assertThat(centre >>> 24).isEqualTo(255);
            assertThat(new Color(centre).getBlue()).isGreaterThan(150);
        }
        BufferedImage small = read(result.files().get("320.png"));
        assertThat(small.getHeight()).isEqualTo(200);
        assertNoMetadata(result.files());
    }

    @Test
    void webpIsDecodedAndServedAsJpeg() throws IOException {
        ImageVariants.Result result = process(fixture("photo.webp"), "anh.webp");

        assertThat(result.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(result.width(), result.height())).containsExactly(480, 320);
        assertThat(result.widths()).containsExactly(320);
        assertThat(read(result.files().get("320.jpg")).getHeight()).isEqualTo(213);
    }

    @Test
    void heicIsDecodedWithLibheifsTool() throws IOException {
        assumeThat(variants).as("libheif's heif-dec or heif-convert on the PATH (Debian: apt-get install libheif-examples)")
                .matches(v -> HeifDecoder.onPath(Duration.ofSeconds(1)).available());

        ImageVariants.Result result = process(fixture("photo.heic"), "IMG_0002.HEIC");

        assertThat(result.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(result.width(), result.height())).containsExactly(480, 320);
        assertThat(read(result.files().get("320.jpg")).getWidth()).isEqualTo(320);
        assertNoMetadata(result.files());
    }

    @Test
    void heicIsRefusedWithAdviceWhenTheServerHasNoDecoder() {
        ImageVariants withoutTool = new ImageVariants(new ImageVariants.Rules(50_000_000L, WIDTHS, 0.85f),
                HeifDecoder.using(dir.resolve("no-such-tool"), Duration.ofSeconds(5)));

        refusal(() -> withoutTool.process(write(fixture("photo.heic")), "IMG_0002.HEIC", dir))
                .isEqualTo("Máy chủ chưa đọc được ảnh HEIC \"IMG_0002.HEIC\"; hãy chuyển ảnh sang JPEG "
                        + "(trên iPhone: Cài đặt → Camera → Định dạng → Tương thích nhất) rồi tải lên lại.");
    }

    @Test
    void textFileNamedJpgIsRefused() {
        byte[] text = "Kế hoạch tuyên truyền tháng 3\n".getBytes(StandardCharsets.UTF_8);

        refusal(() -> process(text, "anh-dai-dien.jpg"))
                .isEqualTo("Tệp \"anh-dai-dien.jpg\" không phải là ảnh JPEG, PNG, WebP hoặc HEIC "
                        + "(hệ thống xét nội dung tệp, không xét đuôi tên tệp). Hãy chọn một tệp ảnh.");
    }

    @Test
    void hundredMegapixelImageIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        byte[] small = Files.readAllBytes(TestImages.writeJpeg(TestImages.photo(64, 48, 2), dir.resolve("s.jpg"), 0.8f));
        byte[] claims100Megapixels = withJpegSize(small, 10_000, 10_000);
        // Only the header: decoding would fail as unreadable, so the message proves the header alone decided.
        byte[] headerOnly = java.util.Arrays.copyOf(claims100Megapixels, 700);

        refusal(() -> process(headerOnly, "panorama.jpg"))
                .isEqualTo("Ảnh \"panorama.jpg\" có khoảng 100 megapixel, vượt giới hạn 50 megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.");
    }

    @Test
    void decompressionBombIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = onePixelColourPng(20_000, 20_000);
        assertThat(bomb.length).isLessThan(100_000);

        refusal(() -> process(bomb, "bomb.png"))
                .isEqualTo("Ảnh \"bomb.png\" có khoảng 400 megapixel, vượt giới hạn 50 megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.");
    }

    @Test
    void damagedJpegIsRefusedAsUnreadable() throws IOException {
        byte[] photo = Files.readAllBytes(TestImages.writeJpeg(TestImages.photo(400, 300, 3), dir.resolve("d.jpg"), 0.8f));
        byte[] truncated = java.util.Arrays.copyOf(photo, 400);

        refusal(() -> process(truncated, "hong.jpg"))
                .startsWith("Không đọc được ảnh \"hong.jpg\": tệp có thể bị hỏng hoặc chưa tải lên hết.");
    }

    @Test
    void downscalingAveragesFineDetailInsteadOfPickingPixels() throws IOException {
        BufferedImage stripes = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1000; x += 2) {
            paint(stripes, Color.WHITE, x, 0, 1, 600);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(stripes, "png", png);

        BufferedImage small = read(process(png.toByteArray(), "stripes.png").files().get("320.jpg"));

        // Nearest-neighbour would give pure black or white columns; averaging areas gives grey everywhere,
        // within the beat of 3.125 source columns per target column (a third to two thirds white).
        long sum = 0;
        for (int x = 0; x < 320; x++) {
            int grey = new Color(small.getRGB(x, 100)).getGreen();
            assertThat(grey).as("x=%d", x).isBetween(80, 175);
            sum += grey;
        }
        assertThat(sum / 320.0).isBetween(122.0, 133.0);
    }

    private ImageVariants.Result process(byte[] content, String name) throws IOException {
        Path work = Files.createTempDirectory(dir, "work-");
        return variants.process(write(content), name, work);
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload-", ".bin"), content);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TestImages.resource(name)) {
            return in.readAllBytes();
        }
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("decodable %s", file).isNotNull();
        return image;
    }

    private static void paint(BufferedImage image, Color colour, int x, int y, int w, int h) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(x, y, w, h);
        g.dispose();
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60;
    }

    /** No EXIF, XMP, ICC or comment segment in a JPEG, only pixel chunks in a PNG, and no trace of the GPS or camera. */
    private static void assertNoMetadata(Map<String, Path> files) throws IOException {
        for (Path file : files.values()) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).as("%s", file.getFileName()).doesNotContain("Exif", "GPS", "LanToaTest", "Fixture");
            if (file.toString().endsWith(".png")) {
                assertThat(ExifSegments.pngChunks(bytes)).as("%s", file.getFileName()).containsOnly("IHDR", "IDAT", "IEND");
            } else {
                assertThat(ExifSegments.jpegMetadata(bytes)).as("%s", file.getFileName()).isEmpty();
            }
        }
    }

    /** The same JPEG with its frame header (SOF0) claiming another size. */
    private static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i < copy.length - 9; i++) {
            if ((copy[i] & 0xFF) == 0xFF && (copy[i + 1] & 0xFF) == 0xC0) {
                copy[i + 5] = (byte) (height >> 8);
                copy[i + 6] = (byte) height;
                copy[i + 7] = (byte) (width >> 8);
                copy[i + 8] = (byte) width;
                return copy;
            }
        }
        throw new IllegalArgumentException("No SOF0 marker");
    }

    /** A valid 1-bit grey PNG of one colour: 400 megapixels that compress to a few tens of kilobytes. */
    private static byte[] onePixelColourPng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.write(new byte[] {1, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (width + 7) / 8];
        try (OutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        writeInt(png, data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(png, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
