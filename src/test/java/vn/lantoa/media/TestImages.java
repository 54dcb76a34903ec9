package vn.lantoa.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/** Photo-like test images made at run time, too big to keep in the repository. */
public final class TestImages {

    private TestImages() {
    }

    /**
     * Gradients, soft shapes and sensor-like noise, so the JPEG compresses as a real photo does
     * (about 5 MB at 12 megapixels) rather than as flat colour.
     */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(seed);
        double fx = 6.0 / width;
        double fy = 4.0 / height;
        int i = 0;
        for (int y = 0; y < height; y++) {
            double sky = (double) y / height;
            for (int x = 0; x < width; x++) {
                double wave = Math.sin(x * fx * 3.1 + Math.cos(y * fy * 2.3)) * Math.cos(y * fy * 2.9 - x * fx);
                int noise = random.nextInt(-14, 15);
                data[i++] = clamp(200 - 120 * sky + 40 * wave + noise);
                data[i++] = clamp(120 + 60 * sky + 50 * wave + noise);
                data[i++] = clamp(60 + 150 * sky - 30 * wave + noise);
            }
        }
        return image;
    }

    private static byte clamp(double value) {
        return (byte) Math.max(0, Math.min(255, (int) value));
    }

    public static Path writeJpeg(BufferedImage image, Path file, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    public static InputStream resource(String name) {
        InputStream in = TestImages.class.getResourceAsStream("/media/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource media/" + name);
        }
        return in;
    }
}
