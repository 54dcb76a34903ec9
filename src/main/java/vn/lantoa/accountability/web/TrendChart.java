package vn.lantoa.accountability.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import vn.lantoa.accountability.compliance.MonthlyCount;

/**
 * The geometry of the monthly trend chart, drawn as inline SVG by the template: one line per
 * measure (sent, accepted, published) over the months, a y axis with round ticks and the months
 * under it. Only placement here; the figures come from the engine.
 */
public final class TrendChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    public record Point(double x, double y, long value) {
    }

    public record Series(String key, String cssClass, String points, List<Point> dots) {
    }

    public record Tick(double y, long value) {
    }

    public record Label(double x, YearMonth month) {
    }

    private final List<MonthlyCount> months;
    private final long max;

    public TrendChart(List<MonthlyCount> months) {
        this.months = List.copyOf(months);
        long top = months.stream().mapToLong(m -> Math.max(m.submitted(), Math.max(m.accepted(), m.published()))).max().orElse(0);
        this.max = niceCeiling(top);
    }

    public List<MonthlyCount> months() {
        return months;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public List<Series> series() {
        return List.of(line("submitted", "trend-submitted", MonthlyCount::submitted),
                line("accepted", "trend-accepted", MonthlyCount::accepted),
                line("published", "trend-published", MonthlyCount::published));
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            ticks.add(new Tick(y(value), value));
        }
        return ticks;
    }

    public List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            labels.add(new Label(x(i), months.get(i).month()));
        }
        return labels;
    }

    private Series line(String key, String css, ToLongFunction<MonthlyCount> value) {
        List<Point> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            long v = value.applyAsLong(months.get(i));
            Point p = new Point(x(i), y(v), v);
            dots.add(p);
            points.append(i == 0 ? "" : " ").append(round(p.x())).append(',').append(round(p.y()));
        }
        return new Series(key, css, points.toString(), dots);
    }

    private double x(int index) {
        int n = Math.max(1, months.size() - 1);
        return LEFT + 10 + (double) (WIDTH - LEFT - RIGHT - 20) * index / n;
    }

    private double y(long value) {
        return TOP + (double) (HEIGHT - TOP - BOTTOM) * (max - value) / max;
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    /** 4, 8, 20, 40, 100…: a top the four ticks divide into whole numbers. */
    static long niceCeiling(long value) {
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
}
