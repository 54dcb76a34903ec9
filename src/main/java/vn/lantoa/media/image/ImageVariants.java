package vn.lantoa.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lantoa.common.web.InvalidInput;

/**
 * Turns one uploaded photo into the files we serve: the full-size image and one variant per
 * configured width narrower than it, upright, in sRGB, without metadata. One decode; each variant is
 * scaled from the next larger one, which costs far less than scaling each from the full image.
 */
public final class ImageVariants {

    private final Rules rules;
    private final HeifDecoder heif;

    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;
    public static final String SHARE_FILE = "share.jpg";

    public ImageVariants(Rules rules, HeifDecoder heif) {
        this.rules = rules;
        this.heif = heif;
    }

    /**
     * What an image must respect and how variants are made.
     *
     * @param maxPixels   largest width × height accepted (checked from the header, before decoding)
     * @param widths      widths of the variants
     * @param jpegQuality 0–1, for the JPEG encoder
     */
    public record Rules(long maxPixels, List<Integer> widths, float jpegQuality) {

        public Rules {
            widths = widths.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        }
    }

    /**
     * The files written, by name ({@code original.jpg}, {@code 640.jpg}…).
     *
     * @param widths widths of the variants, ascending
     */
    public record Result(int width, int height, String contentType, List<Integer> widths, Map<String, Path> files) {
    }

    /** Processes the upload into files in {@code workDir}; refuses what is not a photo we take. */
    public Result process(Path upload, String name, Path workDir) throws IOException {
        ImageFormat format = ImageFormat.detect(header(upload))
                .orElseThrow(() -> new InvalidInput("file", "media.error.notAnImage", name));
        BufferedImage image = upright(upload, format, name, workDir);
        boolean transparent = image.getType() == BufferedImage.TYPE_INT_ARGB;
        String extension = transparent ? "png" : "jpg";
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("original." + extension, write(image, workDir.resolve("original." + extension)));
        List<Integer> widths = new ArrayList<>();
        BufferedImage larger = image;
        for (int width : rules.widths()) {
            if (width < image.getWidth()) {
                int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
                larger = Pixels.downscale(larger, width, height);
                files.put(width + "." + extension, write(larger, workDir.resolve(width + "." + extension)));
                widths.add(0, width);
            }
        }
        return new Result(image.getWidth(), image.getHeight(), transparent ? "image/png" : "image/jpeg", widths, files);
    }

    /**
     * The picture link previews show (Open Graph, Zalo): the middle of a stored variant cut to
     * 1200×630 (1.91:1), as a JPEG on white where the photo was transparent.
     */
    public Path shareCard(Path storedVariant, ImageFormat format, Path target) throws IOException {
        BufferedImage image = Pixels.normalize(ImageCodec.decode(storedVariant, format, rules.maxPixels(), target.getFileName().toString()));
        double wanted = (double) SHARE_WIDTH / SHARE_HEIGHT;
        int cropWidth = Math.min(image.getWidth(), (int) Math.round(image.getHeight() * wanted));
        int cropHeight = Math.min(image.getHeight(), (int) Math.round(cropWidth / wanted));
        BufferedImage card = new BufferedImage(SHARE_WIDTH, SHARE_HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, SHARE_WIDTH, SHARE_HEIGHT);
            int x = (image.getWidth() - cropWidth) / 2;
            int y = (image.getHeight() - cropHeight) / 2;
            g.drawImage(image, 0, 0, SHARE_WIDTH, SHARE_HEIGHT, x, y, x + cropWidth, y + cropHeight, null);
        } finally {
            g.dispose();
        }
        ImageCodec.writeJpeg(card, target, rules.jpegQuality());
        return target;
    }

    private BufferedImage upright(Path upload, ImageFormat format, String name, Path workDir) throws IOException {
        if (format == ImageFormat.HEIC) {
            // libheif applies the rotation and mirroring the file declares; its EXIF orientation must be ignored.
            Path png = heif.decode(upload, workDir, rules.maxPixels(), name);
            return Pixels.normalize(ImageCodec.decode(png, ImageFormat.PNG, rules.maxPixels(), name));
        }
        int orientation = ExifOrientation.read(upload, format);
        BufferedImage decoded = ImageCodec.decode(upload, format, rules.maxPixels(), name);
        return Pixels.orient(Pixels.normalize(decoded), orientation);
    }

    private Path write(BufferedImage image, Path file) throws IOException {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            ImageCodec.writePng(image, file);
        } else {
            ImageCodec.writeJpeg(image, file, rules.jpegQuality());
        }
        return file;
    }

    private static byte[] header(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ImageFormat.HEADER_BYTES);
        }
    }
}
