package vn.lantoa.channels.audience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a growth chart, drawn as inline SVG by the template: one line per series over the
 * days of the period, a dot on each point that was measured (the others carry the last figure
 * forward), a y axis with round ticks and a few dates under it. Only placement here.
 */
public final class GrowthChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    private static final int LABELS = 6;

    /** A value on a day; {@code measured} when a figure was recorded that day (not carried forward). */
    public record Point(LocalDate day, long value, boolean measured) {
    }

    public record Line(String key, List<Point> points) {
    }

    public record Dot(double x, double y, Point point) {
    }

    public record Drawn(String key, String points, List<Dot> dots) {
    }

    public record Tick(double y, long value) {
    }

    public record Label(double x, LocalDate day) {
    }

    private final AudiencePeriod period;
    private final List<Line> lines;
    private final long max;

    public GrowthChart(AudiencePeriod period, List<Line> lines) {
        this.period = period;
        this.lines = List.copyOf(lines);
        long top = lines.stream().flatMap(l -> l.points().stream()).mapToLong(Point::value).max().orElse(0);
        this.max = niceCeiling(Math.max(top, 4));
    }

    public AudiencePeriod period() {
        return period;
    }

    public List<Line> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.points().isEmpty());
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

    public List<Drawn> drawn() {
        List<Drawn> drawn = new ArrayList<>();
        for (Line line : lines) {
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (Point p : line.points()) {
                double x = x(p.day());
                double y = y(p.value());
                points.append(points.length() == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
                if (p.measured()) {
                    dots.add(new Dot(round(x), round(y), p));
                }
            }
            drawn.add(new Drawn(line.key(), points.toString(), dots));
        }
        return drawn;
    }

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            ticks.add(new Tick(round(y(value)), value));
        }
        return ticks;
    }

    public List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(period.from(), period.to());
        for (int i = 0; i < LABELS; i++) {
            LocalDate day = period.from().plusDays(span * i / (LABELS - 1));
            labels.add(new Label(round(x(day)), day));
        }
        return labels;
    }

    double x(LocalDate day) {
        long span = Math.max(1, ChronoUnit.DAYS.between(period.from(), period.to()));
        return LEFT + 10 + (double) (WIDTH - LEFT - RIGHT - 20) * ChronoUnit.DAYS.between(period.from(), day) / span;
    }

    double y(long value) {
        return TOP + (double) (HEIGHT - TOP - BOTTOM) * (max - value) / max;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
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
