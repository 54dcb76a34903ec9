package vn.lantoa.accountability.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import vn.lantoa.accountability.compliance.MonthlyCount;
import vn.lantoa.common.chart.ChartFrame;

/**
 * The geometry of the monthly trend chart, drawn as inline SVG by the template: one line per
 * measure (sent, accepted, published) over the months, in a {@link ChartFrame} with the months
 * under it. Only placement here; the figures come from the engine.
 */
public final class TrendChart {

    private static final int LEFT = 44;

    public record Point(double x, double y, long value) {
    }

    public record Series(String key, String cssClass, String points, List<Point> dots) {
    }

    public record Label(double x, YearMonth month) {
    }

    private final List<MonthlyCount> months;
    private final ChartFrame frame;

    public TrendChart(List<MonthlyCount> months) {
        this.months = List.copyOf(months);
        long top = months.stream().mapToLong(m -> Math.max(m.submitted(), Math.max(m.accepted(), m.published()))).max().orElse(0);
        this.frame = new ChartFrame(LEFT, top);
    }

    public List<MonthlyCount> months() {
        return months;
    }

    public ChartFrame frame() {
        return frame;
    }

    public List<Series> series() {
        return List.of(line("submitted", "trend-submitted", MonthlyCount::submitted),
                line("accepted", "trend-accepted", MonthlyCount::accepted),
                line("published", "trend-published", MonthlyCount::published));
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
            Point p = new Point(x(i), frame.y(v), v);
            dots.add(p);
            points.append(i == 0 ? "" : " ").append(p.x()).append(',').append(p.y());
        }
        return new Series(key, css, points.toString(), dots);
    }

    private double x(int index) {
        return frame.x((double) index / Math.max(1, months.size() - 1));
    }
}
