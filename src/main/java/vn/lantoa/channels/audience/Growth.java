package vn.lantoa.channels.audience;

import java.util.Optional;

/** The change of an audience over a period: from the figure at its start to the figure at its end. */
public record Growth(long start, long end) {

    public long change() {
        return end - start;
    }

    /** The change as a share of the start, in percent (rounded); none when there was nobody at the start. */
    public Optional<Long> percent() {
        return start <= 0 ? Optional.empty() : Optional.of(Math.round(change() * 100.0 / start));
    }

    /** "+406", "-12", "0": the percent with its sign, for "(+406 %)"; empty when there is no percent. */
    public String signedPercent() {
        return percent().map(p -> (p > 0 ? "+" : "") + p).orElse("");
    }

    /** "+1.215" style sign for the change (the number itself is formatted by the page). */
    public String sign() {
        return change() > 0 ? "+" : change() < 0 ? "−" : "";
    }

    public boolean isGrowing() {
        return end > start;
    }
}
