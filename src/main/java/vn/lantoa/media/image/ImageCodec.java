package vn.lantoa.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.lantoa.common.web.InvalidInput;

/** Decoding with the pixel count checked from the header first, and encoding without any metadata. */
final class ImageCodec {

    private ImageCodec() {
    }

    /** Reads width and height from the header and refuses too many pixels before a single one is decoded. */
    static BufferedImage decode(Path file, ImageFormat format, long maxPixels, String name) throws IOException {
        ImageReader reader = reader(format, name);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            requireAtMost(pixels, maxPixels, name);
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refusal) {
                throw refusal;
            }
            throw unreadable(name);
        } finally {
            reader.dispose();
        }
    }

    static void requireAtMost(long pixels, long maxPixels, String name) {
        if (pixels > maxPixels) {
            throw new InvalidInput("file", "media.error.tooManyPixels", name, megapixels(pixels), megapixels(maxPixels));
        }
    }

    static InvalidInput unreadable(String name) {
        return new InvalidInput("file", "media.error.unreadableImage", name);
    }

    private static long megapixels(long pixels) {
        return Math.max(1, Math.round(pixels / 1_000_000.0));
    }

    private static ImageReader reader(ImageFormat format, String name) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw unreadable(name);
        }
        return readers.next();
    }

    /** Baseline JPEG with optimized Huffman tables; with no metadata given, the writer adds only a JFIF header. */
    static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (param instanceof JPEGImageWriteParam jpeg) {
            jpeg.setOptimizeHuffmanTables(true);
        }
        write(writer, param, image, file);
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        write(writer, writer.getDefaultWriteParam(), image, file);
    }

    private static void write(ImageWriter writer, ImageWriteParam param, BufferedImage image, Path file) throws IOException {
        try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
