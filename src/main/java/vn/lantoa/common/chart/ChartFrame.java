package vn.lantoa.common.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of the line charts the templates draw as inline SVG: a 720 × 260 view box, a plot area
 * inside margins (the left one wide enough for the y axis' numbers), and a y axis from 0 to a round top
 * that its four ticks divide into whole numbers. Only placement: the charts give it fractions of the
 * width and values.
 */
public final class ChartFrame {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 260;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    /** Space between the y axis and the first point, and after the last. */
    private static final int INSET = 10;

    public record Tick(double y, long value) {
    }

    private final int left;
    private final long max;

    /** A frame with a left margin of {@code left} px whose axis reaches at least {@code highest}. */
    public ChartFrame(int left, long highest) {
        this.left = left;
        this.max = niceCeiling(Math.max(highest, 4));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return left;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    /** The x of a point at a fraction (0 to 1) of the way from the first to the last. */
    public double x(double fraction) {
        return round(left + INSET + (WIDTH - left - RIGHT - 2 * INSET) * fraction);
    }

    public double y(long value) {
        return round(TOP + (double) (HEIGHT - TOP - BOTTOM) * (max - value) / max);
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            ticks.add(new Tick(y(value), value));
        }
        return ticks;
    }

    /** 4, 8, 20, 40, 100…: a top the four ticks divide into whole numbers. */
    public static long niceCeiling(long value) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (4 * m * step >= value) {
                    return 4 * m * step;
                }
            }
            step *= 10;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
