package vn.lantoa.newsroom.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;

/**
 * Pictures for the demo stories, drawn rather than shipped: a hall or a field with rows of people in
 * the union's colours. They go through the real media pipeline, so their sizes and URLs are real.
 */
final class DemoPhotos {

    private static final Color[] SCENES = {new Color(0xF6D365), new Color(0x84FAB0), new Color(0xA1C4FD), new Color(0xFBC2EB),
        new Color(0xFFD3A5), new Color(0xC2E9FB)};
    private static final Color[] CLOTHES = {new Color(0x9D174D), new Color(0x1D4ED8), new Color(0xF59E0B), new Color(0x059669),
        new Color(0xDB2777), new Color(0xFFFFFF)};

    private DemoPhotos() {
    }

    static List<MediaAsset> create(MediaLibrary library, long uploadedBy, int count) {
        List<MediaAsset> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(library.storeImage(new ByteArrayInputStream(jpeg(draw(i))), "anh-minh-hoa-" + (i + 1) + ".jpg", uploadedBy));
        }
        return photos;
    }

    private static BufferedImage draw(int seed) {
        Random random = new Random(2026L + seed);
        BufferedImage image = new BufferedImage(1280, 853, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color scene = SCENES[seed % SCENES.length];
        g.setPaint(new GradientPaint(0, 0, scene.brighter(), 0, 500, scene.darker()));
        g.fillRect(0, 0, 1280, 853);
        g.setColor(new Color(0x9D174D));
        g.fillRect(160, 70, 960, 110);
        g.setColor(new Color(0x6B4F3A));
        g.fillRect(0, 560, 1280, 293);
        for (int row = 0; row < 3; row++) {
            for (int person = 0; person < 9; person++) {
                int x = 60 + person * 135 + random.nextInt(30) + row * 20;
                int y = 380 + row * 120 + random.nextInt(12);
                g.setColor(CLOTHES[random.nextInt(CLOTHES.length)]);
                g.fillRoundRect(x, y + 48, 70, 120, 30, 30);
                g.setColor(new Color(0xE0B48A).darker());
                g.fillOval(x + 12, y, 46, 52);
                g.setColor(new Color(0x222222));
                g.fillArc(x + 10, y - 4, 50, 40, 0, 180);
            }
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
