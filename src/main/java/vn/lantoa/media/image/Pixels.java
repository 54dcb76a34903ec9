package vn.lantoa.media.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Pixel work on the two layouts every decoded photo is brought to: 3-byte BGR for opaque photos
 * (what the JPEG codec reads and writes without conversion) and int ARGB for transparent ones.
 */
final class Pixels {

    private Pixels() {
    }

    /** Brings any decoded image to sRGB in one of the two layouts; transparency counts only if a pixel uses it. */
    static BufferedImage normalize(BufferedImage image) {
        boolean transparent = image.getColorModel().hasAlpha() && hasTransparentPixel(image);
        int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR;
        if (image.getType() == type && isPacked(image)) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), type);
        ColorSpace space = image.getColorModel().getColorSpace();
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            // An embedded profile (Adobe RGB, Display P3, CMYK): a colour-managed conversion keeps the colours.
            new ColorConvertOp(null).filter(image, target);
            return target;
        }
        Graphics2D g = target.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    /** Images whose rows start right after each other, so the loops below may walk the data buffer. */
    private static boolean isPacked(BufferedImage image) {
        Raster raster = image.getRaster();
        SampleModel model = raster.getSampleModel();
        int rowPixels = model instanceof ComponentSampleModel c ? c.getScanlineStride() / c.getPixelStride()
                : model instanceof SinglePixelPackedSampleModel p ? p.getScanlineStride() : -1;
        return rowPixels == image.getWidth() && raster.getParent() == null && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0;
    }

    private static boolean hasTransparentPixel(BufferedImage image) {
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            int max = (1 << alpha.getSampleModel().getSampleSize(0)) - 1;
            for (int a : row) {
                if (a < max) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Turns the pixels so that EXIF orientation 2–8 looks as orientation 1 (upright, not mirrored). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType());
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            orientInts(ints(image), ints(target), w, h, orientation);
        } else {
            orientBytes(bytes(image), bytes(target), w, h, orientation);
        }
        return target;
    }

    /** Square blocks of the source, so that a quarter turn reads and writes memory that is close together. */
    private static final int TILE = 64;

    private static void orientBytes(byte[] src, byte[] dst, int w, int h, int orientation) {
        Steps steps = Steps.of(orientation, w, h);
        for (int tileY = 0; tileY < h; tileY += TILE) {
            for (int tileX = 0; tileX < w; tileX += TILE) {
                for (int y = tileY; y < Math.min(h, tileY + TILE); y++) {
                    int d = steps.base() + tileX * steps.x() + y * steps.y();
                    for (int x = tileX, s = (y * w + tileX) * 3; x < Math.min(w, tileX + TILE); x++, s += 3, d += steps.x()) {
                        dst[3 * d] = src[s];
                        dst[3 * d + 1] = src[s + 1];
                        dst[3 * d + 2] = src[s + 2];
                    }
                }
            }
        }
    }

    private static void orientInts(int[] src, int[] dst, int w, int h, int orientation) {
        Steps steps = Steps.of(orientation, w, h);
        for (int tileY = 0; tileY < h; tileY += TILE) {
            for (int tileX = 0; tileX < w; tileX += TILE) {
                for (int y = tileY; y < Math.min(h, tileY + TILE); y++) {
                    int d = steps.base() + tileX * steps.x() + y * steps.y();
                    for (int x = tileX; x < Math.min(w, tileX + TILE); x++, d += steps.x()) {
                        dst[d] = src[y * w + x];
                    }
                }
            }
        }
    }

    /**
     * Where source pixel (x, y) lands in the turned image, as base + x * x-step + y * y-step, per the
     * EXIF orientation's definition (6: turn clockwise, 8: anticlockwise, 2/4/5/7 mirrored).
     */
    private record Steps(int base, int x, int y) {

        static Steps of(int orientation, int w, int h) {
            return switch (orientation) {
                case 2 -> new Steps(w - 1, -1, w);
                case 3 -> new Steps((h - 1) * w + w - 1, -1, -w);
                case 4 -> new Steps((h - 1) * w, 1, -w);
                case 5 -> new Steps(0, h, 1);
                case 6 -> new Steps(h - 1, h, -1);
                case 7 -> new Steps((w - 1) * h + h - 1, -h, -1);
                case 8 -> new Steps((w - 1) * h, -h, 1);
                default -> new Steps(0, 1, w);
            };
        }
    }

    /**
     * Scales down to exactly width × height: halving by averaging 2×2 blocks while the image is at
     * least twice as large as wanted (cheap, exact), then averaging the area each target pixel covers.
     */
    static BufferedImage downscale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            current = halve(current);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return AreaAverage.scale(current, width, height);
    }

    static BufferedImage halve(BufferedImage image) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        BufferedImage target = new BufferedImage(w, h, image.getType());
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            halveArgb(ints(image), ints(target), image.getWidth(), w, h);
        } else {
            halveBgr(bytes(image), bytes(target), image.getWidth(), w, h);
        }
        return target;
    }

    private static void halveBgr(byte[] src, byte[] dst, int srcWidth, int w, int h) {
        int stride = srcWidth * 3;
        for (int y = 0; y < h; y++) {
            int top = 2 * y * stride;
            int bottom = top + stride;
            int d = y * w * 3;
            for (int x = 0; x < w; x++) {
                int s = x * 6;
                for (int c = 0; c < 3; c++) {
                    int sum = (src[top + s + c] & 0xFF) + (src[top + s + 3 + c] & 0xFF)
                            + (src[bottom + s + c] & 0xFF) + (src[bottom + s + 3 + c] & 0xFF);
                    dst[d++] = (byte) ((sum + 2) >> 2);
                }
            }
        }
    }

    /** Colours weighted by their opacity, so that invisible pixels do not darken the edges of visible ones. */
    private static void halveArgb(int[] src, int[] dst, int srcWidth, int w, int h) {
        for (int y = 0; y < h; y++) {
            int top = 2 * y * srcWidth;
            int bottom = top + srcWidth;
            for (int x = 0; x < w; x++) {
                dst[y * w + x] = averageArgb(src[top + 2 * x], src[top + 2 * x + 1], src[bottom + 2 * x], src[bottom + 2 * x + 1]);
            }
        }
    }

    private static int averageArgb(int p0, int p1, int p2, int p3) {
        int a0 = p0 >>> 24;
        int a1 = p1 >>> 24;
        int a2 = p2 >>> 24;
        int a3 = p3 >>> 24;
        int alpha = a0 + a1 + a2 + a3;
        if (alpha == 0) {
            return 0;
        }
        int color = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int weighted = (p0 >> shift & 0xFF) * a0 + (p1 >> shift & 0xFF) * a1 + (p2 >> shift & 0xFF) * a2 + (p3 >> shift & 0xFF) * a3;
            color |= (weighted + alpha / 2) / alpha << shift;
        }
        return (alpha + 2) / 4 << 24 | color;
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static int[] ints(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
