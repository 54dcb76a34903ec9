package vn.lantoa.channels.participation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.UnitRef;

/**
 * What a roster file would do, row by row, with no Spring in it: add a person, leave one already on the
 * roster as they are, skip a repeated row, or refuse a bad row with its reason. A row's unit is the unit
 * importing, or a unit below it named by its code. A person is the same when unit, name (folded) and
 * phone are: a file imported twice adds nobody the second time.
 */
public final class RosterPlan {

    public enum Outcome { NEW, UNCHANGED, DUPLICATE, ERROR }

    public record Line(int line, String name, String unitName, Outcome outcome, UnitRef unit, RosterForm form, String messageKey,
                       Object[] args) {
    }

    private final List<Line> lines;

    private RosterPlan(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** Identity of a roster entry: unit, folded name, phone digits. */
    public static String key(long unitId, String name, String phone) {
        return unitId + "|" + NameKey.of(name) + "|" + (phone == null ? "" : phone);
    }

    public static RosterPlan of(List<RosterFile.Entry> rows, UnitRef target, Function<String, Optional<UnitRef>> unitByCode, Set<String> existing) {
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (RosterFile.Entry row : rows) {
            RosterForm form = new RosterForm(row.name(), row.position(), row.phone(), row.profile());
            String name = VietnameseText.clean(row.name());
            UnitRef unit = target;
            if (!row.unitCode().isBlank()) {
                unit = unitByCode.apply(row.unitCode().strip()).filter(UnitRef::active).orElse(null);
                if (unit == null || !unit.isWithin(target.id())) {
                    lines.add(new Line(row.line(), name, "", Outcome.ERROR, null, form, "channels.participation.rosterImport.row.unit",
                            new Object[] {row.unitCode().strip(), target.name()}));
                    continue;
                }
            }
            var problems = RosterRules.check(form);
            if (!problems.isEmpty()) {
                var first = problems.values().iterator().next();
                lines.add(new Line(row.line(), name, unit.name(), Outcome.ERROR, unit, form, first.messageKey(), first.args()));
                continue;
            }
            String key = key(unit.id(), name, RosterRules.phone(row.phone()));
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                lines.add(new Line(row.line(), name, unit.name(), Outcome.DUPLICATE, unit, form, "channels.participation.import.row.duplicate",
                        new Object[] {earlier}));
            } else {
                lines.add(new Line(row.line(), name, unit.name(), existing.contains(key) ? Outcome.UNCHANGED : Outcome.NEW, unit, form, null,
                        new Object[0]));
            }
        }
        return new RosterPlan(lines);
    }
}
