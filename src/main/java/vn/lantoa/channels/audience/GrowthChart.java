package vn.lantoa.channels.audience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.lantoa.common.chart.ChartFrame;

/**
 * The geometry of a growth chart, drawn as inline SVG by the template: one line per series over the
 * days of the period, a dot on each point that was measured (the others carry the last figure
 * forward), in a {@link ChartFrame} with a few dates under it. Only placement here.
 */
public final class GrowthChart {

    private static final int LEFT = 64;
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

    public record Label(double x, LocalDate day) {
    }

    private final AudiencePeriod period;
    private final List<Line> lines;
    private final ChartFrame frame;

    public GrowthChart(AudiencePeriod period, List<Line> lines) {
        this.period = period;
        this.lines = List.copyOf(lines);
        this.frame = new ChartFrame(LEFT, lines.stream().flatMap(l -> l.points().stream()).mapToLong(Point::value).max().orElse(0));
    }

    public AudiencePeriod period() {
        return period;
    }

    public List<Line> lines() {
        return lines;
    }

    public ChartFrame frame() {
        return frame;
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.points().isEmpty());
    }

    public List<Drawn> drawn() {
        List<Drawn> drawn = new ArrayList<>();
        for (Line line : lines) {
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (Point p : line.points()) {
                double x = x(p.day());
                double y = frame.y(p.value());
                points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
                if (p.measured()) {
                    dots.add(new Dot(x, y, p));
                }
            }
            drawn.add(new Drawn(line.key(), points.toString(), dots));
        }
        return drawn;
    }

    public List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(period.from(), period.to());
        for (int i = 0; i < LABELS; i++) {
            LocalDate day = period.from().plusDays(span * i / (LABELS - 1));
            labels.add(new Label(x(day), day));
        }
        return labels;
    }

    double x(LocalDate day) {
        long span = Math.max(1, ChronoUnit.DAYS.between(period.from(), period.to()));
        return frame.x((double) ChronoUnit.DAYS.between(period.from(), day) / span);
    }
}
