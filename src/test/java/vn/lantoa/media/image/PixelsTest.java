package vn.lantoa.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each EXIF orientation against its definition, on images larger than one tile and of both layouts. */
class PixelsTest {

    @ParameterizedTest
    @CsvSource({"2", "3", "4", "5", "6", "7", "8"})
    void turnsPixelsAsTheExifOrientationDefines(int orientation) {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage source = numbered(130, 70, type);

            BufferedImage turned = Pixels.orient(source, orientation);

            boolean quarter = orientation >= 5;
            assertThat(turned.getWidth()).isEqualTo(quarter ? 70 : 130);
            assertThat(turned.getHeight()).isEqualTo(quarter ? 130 : 70);
            for (int y = 0; y < turned.getHeight(); y++) {
                for (int x = 0; x < turned.getWidth(); x++) {
                    int[] from = sourceOf(orientation, x, y, 130, 70);
                    assertThat(turned.getRGB(x, y)).as("orientation %d, type %d, (%d,%d)", orientation, type, x, y)
                            .isEqualTo(source.getRGB(from[0], from[1]));
                }
            }
        }
    }

    /** Which source pixel shows at (x, y) of the upright image (W × H: the stored image's size). */
    private static int[] sourceOf(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> new int[] {w - 1 - x, y};          // mirrored left-right
            case 3 -> new int[] {w - 1 - x, h - 1 - y};  // upside down
            case 4 -> new int[] {x, h - 1 - y};          // mirrored top-bottom
            case 5 -> new int[] {y, x};                  // mirrored along the main diagonal
            case 6 -> new int[] {y, h - 1 - x};          // stored turned anticlockwise: shown turned clockwise
            case 7 -> new int[] {w - 1 - y, h - 1 - x};  // mirrored along the other diagonal
            case 8 -> new int[] {w - 1 - y, x};          // stored turned clockwise: shown turned anticlockwise
            default -> new int[] {x, y};
        };
    }

    private static BufferedImage numbered(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        IntBinaryOperator colour = (x, y) -> 0xFF000000 | x << 16 | y << 8 | (x * 7 + y * 13) & 0xFF;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, colour.applyAsInt(x, y));
            }
        }
        return image;
    }
}
