package vn.lantoa.accountability.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lantoa.common.text.VietnameseText;

/**
 * The ranking table of the units a rule holds: sorted by name, count, percent of the quota or
 * status, filtered by status and by a part of the name (diacritics optional), one page at a time.
 */
public final class Ranking {

    public static final int PAGE_SIZE = 50;

    public enum Sort {
        NAME, COUNTED, PERCENT, STATUS;

        public static Sort parse(String text) {
            try {
                return text == null || text.isBlank() ? PERCENT : valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return PERCENT;
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the table was asked for; {@code ascending} null means the sort's natural direction. */
    public record Query(Sort sort, Boolean ascending, Optional<ComplianceStatus> status, String name, int page) {

        public boolean isAscending() {
            return ascending != null ? ascending : sort == Sort.NAME;
        }
    }

    public record Page(List<UnitCompliance> rows, int total, int page, int pages, Query query) {
    }

    private Ranking() {
    }

    public static Page of(List<UnitCompliance> units, Query query) {
        String folded = VietnameseText.fold(query.name() == null ? "" : query.name()).strip();
        Comparator<UnitCompliance> byName = Comparator.comparing(u -> VietnameseText.fold(u.unit().name()));
        Comparator<UnitCompliance> order = switch (query.sort()) {
            case NAME -> byName;
            case COUNTED -> Comparator.<UnitCompliance>comparingLong(UnitCompliance::counted).thenComparing(byName);
            case PERCENT -> Comparator.<UnitCompliance>comparingInt(UnitCompliance::percent).thenComparing(byName);
            case STATUS -> Comparator.<UnitCompliance>comparingInt(u -> u.status().ordinal()).thenComparingInt(UnitCompliance::percent)
                    .thenComparing(byName);
        };
        if (!query.isAscending()) {
            order = order.reversed();
        }
        List<UnitCompliance> rows = units.stream()
                .filter(u -> query.status().map(s -> u.status() == s).orElse(true))
                .filter(u -> folded.isEmpty() || VietnameseText.fold(u.unit().name()).contains(folded)
                        || u.unit().code().toLowerCase(Locale.ROOT).contains(folded))
                .sorted(order).toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(0, query.page()), pages - 1);
        return new Page(rows.subList(page * PAGE_SIZE, Math.min(rows.size(), (page + 1) * PAGE_SIZE)), rows.size(), page, pages, query);
    }
}
