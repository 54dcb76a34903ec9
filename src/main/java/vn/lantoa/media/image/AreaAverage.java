package vn.lantoa.media.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Scales down by any factor so that each target pixel is the average of the source area it covers
 * (a box filter), in two passes, across then down. Unlike bilinear sampling, every source pixel
 * counts with its share, so stripes and fabric do not turn into moiré.
 */
final class AreaAverage {

    /** Weights sum to this; 15 bits keep every sum of the second pass within an int. */
    private static final int ONE = 1 << 15;
    /** The first pass keeps 8 fractional bits: values up to 255 << 8. */
    private static final int ACROSS_SHIFT = 7;
    private static final int HALF_STEP = 1 << (ACROSS_SHIFT - 1);

    private AreaAverage() {
    }

    static BufferedImage scale(BufferedImage image, int width, int height) {
        boolean argb = image.getType() == BufferedImage.TYPE_INT_ARGB;
        int channels = argb ? 4 : 3;
        byte[] source = argb ? premultiplied(image) : ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] scaled = scale(source, image.getWidth(), image.getHeight(), width, height, channels);
        BufferedImage target = new BufferedImage(width, height, image.getType());
        if (argb) {
            unpremultiply(scaled, ((DataBufferInt) target.getRaster().getDataBuffer()).getData());
        } else {
            System.arraycopy(scaled, 0, ((DataBufferByte) target.getRaster().getDataBuffer()).getData(), 0, scaled.length);
        }
        return target;
    }

    /** For each target index: the first source index it covers and the weights (summing to ONE) of the sources it covers. */
    private record Weights(int[] first, int[][] weights) {
    }

    private static Weights weights(int sourceSize, int targetSize) {
        double scale = (double) sourceSize / targetSize;
        int[] first = new int[targetSize];
        int[][] weights = new int[targetSize][];
        for (int t = 0; t < targetSize; t++) {
            double start = t * scale;
            double end = Math.min(sourceSize, (t + 1) * scale);
            int from = (int) Math.floor(start);
            int to = Math.min(sourceSize, (int) Math.ceil(end));
            int[] w = new int[Math.max(1, to - from)];
            int sum = 0;
            for (int s = from; s < from + w.length; s++) {
                double overlap = Math.min(s + 1, end) - Math.max(s, start);
                w[s - from] = (int) Math.round(overlap / scale * ONE);
                sum += w[s - from];
            }
            // Rounding leftovers go to the largest weight, which they cannot turn negative.
            int largest = 0;
            for (int i = 1; i < w.length; i++) {
                largest = w[i] > w[largest] ? i : largest;
            }
            w[largest] += ONE - sum;
            first[t] = from;
            weights[t] = w;
        }
        return new Weights(first, weights);
    }

    /**
     * Scales across only the source rows the current target row needs, keeping the last few in a
     * ring: the whole half-scaled image in fixed point would cost four times the heap of its pixels.
     */
    private static byte[] scale(byte[] source, int sourceWidth, int sourceHeight, int width, int height, int channels) {
        Weights wx = weights(sourceWidth, width);
        Weights wy = weights(sourceHeight, height);
        int rowLength = width * channels;
        int ringSize = Arrays.stream(wy.weights()).mapToInt(w -> w.length).max().orElse(1) + 1;
        int[][] ring = new int[ringSize][rowLength];
        int[] ringRow = new int[ringSize];
        Arrays.fill(ringRow, -1);
        byte[] out = new byte[rowLength * height];
        int[] sums = new int[rowLength];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            int[] w = wy.weights()[y];
            for (int k = 0; k < w.length; k++) {
                int sourceRow = wy.first()[y] + k;
                int slot = sourceRow % ringSize;
                if (ringRow[slot] != sourceRow) {
                    across(source, sourceRow * sourceWidth * channels, wx, channels, ring[slot]);
                    ringRow[slot] = sourceRow;
                }
                int[] row = ring[slot];
                int weight = w[k];
                for (int i = 0; i < rowLength; i++) {
                    sums[i] += row[i] * weight;
                }
            }
            int rounding = 1 << 22;
            for (int i = 0; i < rowLength; i++) {
                out[y * rowLength + i] = (byte) Math.min(255, (sums[i] + rounding) >>> 23);
            }
        }
        return out;
    }

    /** One source row scaled across, with 8 fractional bits. */
    private static void across(byte[] source, int rowStart, Weights wx, int channels, int[] out) {
        if (channels == 3) {
            acrossBgr(source, rowStart, wx, out);
            return;
        }
        int width = wx.first().length;
        for (int x = 0; x < width; x++) {
            int[] w = wx.weights()[x];
            int in = rowStart + wx.first()[x] * channels;
            for (int c = 0; c < channels; c++) {
                int sum = 0;
                for (int k = 0; k < w.length; k++) {
                    sum += (source[in + k * channels + c] & 0xFF) * w[k];
                }
                out[x * channels + c] = (sum + HALF_STEP) >> ACROSS_SHIFT;
            }
        }
    }

    /** The same for opaque photos, the hot path, with the three channels side by side. */
    private static void acrossBgr(byte[] source, int rowStart, Weights wx, int[] out) {
        int width = wx.first().length;
        for (int x = 0; x < width; x++) {
            int[] w = wx.weights()[x];
            int in = rowStart + wx.first()[x] * 3;
            int b = HALF_STEP;
            int g = HALF_STEP;
            int r = HALF_STEP;
            for (int k = 0; k < w.length; k++, in += 3) {
                b += (source[in] & 0xFF) * w[k];
                g += (source[in + 1] & 0xFF) * w[k];
                r += (source[in + 2] & 0xFF) * w[k];
            }
            out[3 * x] = b >> ACROSS_SHIFT;
            out[3 * x + 1] = g >> ACROSS_SHIFT;
            out[3 * x + 2] = r >> ACROSS_SHIFT;
        }
    }

    /** Colours weighted by opacity while averaging, so that invisible pixels do not darken visible edges. */
    private static byte[] premultiplied(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] out = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int a = p >>> 24;
            out[4 * i] = (byte) a;
            out[4 * i + 1] = (byte) (((p >> 16 & 0xFF) * a + 127) / 255);
            out[4 * i + 2] = (byte) (((p >> 8 & 0xFF) * a + 127) / 255);
            out[4 * i + 3] = (byte) (((p & 0xFF) * a + 127) / 255);
        }
        return out;
    }

    private static void unpremultiply(byte[] scaled, int[] target) {
        for (int i = 0; i < target.length; i++) {
            int a = scaled[4 * i] & 0xFF;
            if (a == 0) {
                target[i] = 0;
                continue;
            }
            int r = Math.min(255, ((scaled[4 * i + 1] & 0xFF) * 255 + a / 2) / a);
            int g = Math.min(255, ((scaled[4 * i + 2] & 0xFF) * 255 + a / 2) / a);
            int b = Math.min(255, ((scaled[4 * i + 3] & 0xFF) * 255 + a / 2) / a);
            target[i] = a << 24 | r << 16 | g << 8 | b;
        }
    }
}
