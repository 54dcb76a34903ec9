package vn.lantoa.accountability.reports;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The roll-up of monthly reports over a subtree, aggregated in SQL: expected = active units at the
 * form's levels × months; received = submitted or accepted; on time = first submitted before the end
 * of the form's due day of the following month, Vietnam time; number answers and system figures
 * summed over the received reports (jsonb numbers summed by key).
 */
@Component
class ReportRollupQueries implements ReportRollups {

    /** The reporting units of a subtree and their report cells (unit × month), with each received report's deadline. */
    private static final String CELLS = """
            with months as (
                select cast(generate_series(cast(:from as date), cast(:to as date), interval '1 month') as date) as month
            ), units as (
                select u.id, u.code, u.name, u.level, u.path, u.active from unit u
                where u.path like :path || '%' and u.active and u.level in (:levels)
            ), cells as (
                select u.id as unit_id, m.month, r.status, r.first_submitted_at, f.due_day
                from units u cross join months m
                left join monthly_report r on r.unit_id = u.id and r.month = m.month
                left join report_form f on f.id = r.form_id
            )
            """;

    /** The reports counted in the sums: received ones of the subtree's reporting units in the months. */
    private static final String RECEIVED = """
            from monthly_report r join unit u on u.id = r.unit_id
            where u.path like :path || '%' and u.active and u.level in (:levels)
              and r.month between cast(:from as date) and cast(:to as date) and r.status in ('SUBMITTED', 'ACCEPTED')
            """;

    private final JdbcClient jdbc;
    private final ReportForms forms;
    private final SystemFigures figures;

    ReportRollupQueries(JdbcClient jdbc, ReportForms forms, SystemFigures figures) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.figures = figures;
    }

    /** A text answer of one unit's received report, listed (never summed) under the roll-up. */
    public record TextAnswer(long unitId, String unitName, YearMonth month, String key, String label, String text) {
    }

    private record Counted(UnitState state, boolean total) {
    }

    @Override
    public Rollup rollup(UnitRef root, YearMonth from, YearMonth to) {
        ReportForm form = forms.forSubtree(root).orElse(null);
        if (form == null) {
            return new Rollup(new Rates(0, 0, 0), List.of(), List.of());
        }
        List<Counted> counted = count(root, form.assignedLevels(), from, to);
        Rates rates = counted.stream().filter(Counted::total).findFirst()
                .map(c -> new Rates(c.state().expected(), c.state().received(), c.state().onTime())).orElse(new Rates(0, 0, 0));
        List<UnitState> units = counted.stream().filter(c -> !c.total()).map(Counted::state).toList();
        return new Rollup(rates, totals(root, form, from, to), units);
    }

    @Override
    public Map<Long, Rates> ratesByUnit(UnitRef root, YearMonth from, YearMonth to) {
        Map<Long, Rates> rates = new LinkedHashMap<>();
        forms.forSubtree(root).ifPresent(form -> count(root, form.assignedLevels(), from, to).stream().filter(c -> !c.total())
                .forEach(c -> rates.put(c.state().unit().id(), new Rates(c.state().expected(), c.state().received(), c.state().onTime()))));
        return rates;
    }

    @Override
    public Map<Long, Long> totalsByUnit(UnitRef root, YearMonth from, YearMonth to, String fieldKey) {
        ReportForm form = forms.forSubtree(root).orElse(null);
        ReportField field = form == null ? null
                : form.fields().stream().filter(f -> f.key().equals(fieldKey) && f.isInteger()).findFirst().orElse(null);
        if (field == null) {
            return Map.of();
        }
        Map<Long, Long> totals = new LinkedHashMap<>();
        // Each reporting unit of the subtree whose nearest form is this one (as rollup(unit) would find
        // it), with the sum over the received reports of the reporting units at or below it.
        jdbc.sql("""
                select u.id, sum(cast(r.answers -> :key #>> '{}' as numeric)) as total
                from unit u
                left join unit ru on ru.path like u.path || '%' and ru.active and ru.level in (:levels)
                left join monthly_report r on r.unit_id = ru.id and r.month between cast(:from as date) and cast(:to as date)
                     and r.status in ('SUBMITTED', 'ACCEPTED') and jsonb_typeof(r.answers -> :key) = 'number'
                where u.path like :path || '%' and u.active and u.level in (:levels) and u.path like :owner || '%'
                  and not exists (select 1 from report_form g join unit o on o.id = g.owner_unit_id
                                  where g.id <> :form and u.path like o.path || '%' and length(o.path) > length(:owner))
                group by u.id""")
                .param("key", fieldKey).param("path", root.path()).param("levels", levels(form.assignedLevels()))
                .param("owner", form.ownerPath()).param("form", form.id())
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query(rs -> {
                    java.math.BigDecimal total = rs.getBigDecimal("total");
                    // an inactive field shows in a roll-up only where it was answered
                    if (total != null || field.active()) {
                        totals.put(rs.getLong("id"), total == null ? 0L : total.longValue());
                    }
                });
        return totals;
    }

    /** The text answers of the received reports, by field then unit then month. */
    public List<TextAnswer> textAnswers(UnitRef root, YearMonth from, YearMonth to) {
        ReportForm form = forms.forSubtree(root).orElse(null);
        if (form == null) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.name, r.month, f.key, f.label, r.answers ->> f.key as text
                """ + RECEIVED.replace("where", "join report_field f on f.form_id = r.form_id and f.kind = 'TEXT' where") + """
                  and coalesce(r.answers ->> f.key, '') <> ''
                order by f.position, u.code, r.month""")
                .param("path", root.path()).param("levels", levels(form.assignedLevels()))
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new TextAnswer(rs.getLong("id"), rs.getString("name"), YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getString("key"), rs.getString("label"), rs.getString("text")))
                .list();
    }

    private List<Counted> count(UnitRef root, Set<UnitLevel> levels, YearMonth from, YearMonth to) {
        return jdbc.sql(CELLS + """
                select grouping(u.id) = 1 as total, u.id, u.code, u.name, u.level, u.path, u.active,
                       count(*) as expected,
                       count(*) filter (where c.status in ('SUBMITTED', 'ACCEPTED')) as received,
                       count(*) filter (where c.status in ('SUBMITTED', 'ACCEPTED') and c.first_submitted_at
                           < ((c.month + interval '1 month' + c.due_day * interval '1 day') at time zone 'Asia/Ho_Chi_Minh')) as on_time,
                       count(*) filter (where c.status = 'ACCEPTED') as accepted,
                       count(*) filter (where c.status = 'RETURNED') as returned
                from units u join cells c on c.unit_id = u.id
                group by grouping sets ((u.id, u.code, u.name, u.level, u.path, u.active), ())
                order by grouping(u.id) desc, u.code""")
                .param("path", root.path()).param("levels", levels(levels))
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> {
                    boolean total = rs.getBoolean("total");
                    UnitRef unit = total ? root : new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            UnitLevel.valueOf(rs.getString("level")), rs.getString("path"), rs.getBoolean("active"));
                    return new Counted(new UnitState(unit, rs.getLong("expected"), rs.getLong("received"), rs.getLong("on_time"),
                            rs.getLong("accepted"), rs.getLong("returned")), total);
                })
                .list();
    }

    /** Every number field of the form, then every system figure, summed in SQL over the received reports. */
    private List<Total> totals(UnitRef root, ReportForm form, YearMonth from, YearMonth to) {
        Map<String, Long> answers = sums("r.answers", root, form, from, to);
        Map<String, Long> measured = sums("r.figures", root, form, from, to);
        List<Total> totals = new ArrayList<>();
        for (ReportField field : form.fields()) {
            if (field.isInteger() && (field.active() || answers.containsKey(field.key()))) {
                totals.add(new Total(field.key(), field.label(), false, answers.getOrDefault(field.key(), 0L)));
            }
        }
        Map<String, String> labels = figures.labels(root);
        labels.forEach((key, messageKey) -> totals.add(new Total(key, messageKey, true, measured.getOrDefault(key, 0L))));
        measured.forEach((key, value) -> {
            if (!labels.containsKey(key)) {
                totals.add(new Total(key, key, false, value));
            }
        });
        return totals;
    }

    private Map<String, Long> sums(String column, UnitRef root, ReportForm form, YearMonth from, YearMonth to) {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.sql("select a.key, sum(cast(a.value #>> '{}' as numeric)) as total "
                        + RECEIVED.replace("where", "cross join lateral jsonb_each(" + column + ") a where")
                        + " and jsonb_typeof(a.value) = 'number' group by a.key order by a.key")
                .param("path", root.path()).param("levels", levels(form.assignedLevels()))
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> sums.put(rs.getString("key"), rs.getBigDecimal("total").longValue())).list();
        return sums;
    }

    private static List<String> levels(Set<UnitLevel> levels) {
        return levels.stream().map(Enum::name).toList();
    }
}
