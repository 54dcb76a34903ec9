package vn.lantoa.channels.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.UnitRef;

/**
 * What a channel file would do, row by row: a new channel, an update of the channel already at the
 * same address, no change, or an error with its reason. Only the good rows are applied; a file
 * applied once is all "unchanged" the second time.
 */
public final class ChannelImportPlan {

    public enum Outcome {
        NEW, UPDATE, UNCHANGED, ERROR
    }

    /** One row's outcome, with what the row says once checked (for the rows to apply). */
    public record Line(int line, String unitCode, String kindText, String name, String url, Outcome outcome, String messageKey, Object[] args,
                       List<String> changedFields, UnitRef unit, ChannelKind kind, ChannelAddress.Address address, String purpose,
                       LocalDate launchedOn, List<AdminList.Entry> admins, Long existingId) {

        public boolean applies() {
            return outcome == Outcome.NEW || outcome == Outcome.UPDATE;
        }
    }

    /** The channel already registered at an address, as the file is compared with it. */
    public record Existing(long id, String name, long unitId, String unitName, String unitPath, ChannelKind kind, String purpose,
                           LocalDate launchedOn, boolean active, List<AdminList.Entry> adminsWithoutAccount,
                           Set<String> accountAdminNames) {
    }

    private final List<Line> lines;

    private ChannelImportPlan(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public long applicable() {
        return lines.stream().filter(Line::applies).count();
    }

    /**
     * Checks the rows against the units (by code), the caller's scope, the channels already registered
     * (by address key) and today's date.
     */
    public static ChannelImportPlan of(List<ChannelFile.ChannelRow> rows, Function<String, Optional<UnitRef>> unitByCode,
                                       Predicate<String> mayManage, Function<Set<String>, Map<String, Existing>> existingByKey,
                                       LocalDate today) {
        record Parsed(ChannelFile.ChannelRow row, UnitRef unit, ChannelKind kind, ChannelAddress.Address address, LocalDate launched,
                      List<AdminList.Entry> admins, String error, Object[] args) {
        }
        List<Parsed> parsed = new ArrayList<>();
        Map<String, UnitRef> units = new HashMap<>();
        for (ChannelFile.ChannelRow row : rows) {
            String error = null;
            Object[] args = new Object[0];
            UnitRef unit = null;
            ChannelKind kind = null;
            ChannelAddress.Address address = null;
            LocalDate launched = null;
            String code = row.unitCode().strip();
            if (code.isEmpty()) {
                error = "channels.import.row.unit.required";
            } else {
                unit = units.computeIfAbsent(code.toLowerCase(java.util.Locale.ROOT), c -> unitByCode.apply(code).orElse(null));
                if (unit == null || !unit.active()) {
                    error = "channels.import.row.unit.unknown";
                    args = new Object[] {code};
                } else if (!mayManage.test(unit.path())) {
                    error = "channels.import.row.unit.outside";
                    args = new Object[] {code};
                }
            }
            if (error == null) {
                if (row.kind().isBlank()) {
                    error = "channels.import.row.kind.required";
                } else {
                    kind = KindNames.parse(row.kind()).orElse(null);
                    if (kind == null) {
                        error = "channels.import.row.kind.unknown";
                        args = new Object[] {row.kind()};
                    }
                }
            }
            String name = VietnameseText.clean(row.name());
            if (error == null && name.isEmpty()) {
                error = "channels.error.name.required";
            } else if (error == null && name.length() > ChannelRegistry.MAX_NAME) {
                error = "channels.error.name.long";
                args = new Object[] {ChannelRegistry.MAX_NAME};
            }
            if (error == null) {
                try {
                    address = ChannelAddress.of(kind, row.url());
                } catch (ChannelAddress.Refused e) {
                    error = e.messageKey();
                    args = ChannelRegistry.addressArgs(e);
                }
            }
            if (error == null && row.purpose().strip().length() > ChannelRegistry.MAX_PURPOSE) {
                error = "channels.error.purpose.long";
                args = new Object[] {ChannelRegistry.MAX_PURPOSE};
            }
            if (error == null && !row.launchedOn().isBlank()) {
                launched = LaunchDate.parse(row.launchedOn()).orElse(null);
                if (launched == null) {
                    error = "channels.error.launched.format";
                    args = new Object[] {row.launchedOn()};
                } else if (launched.isAfter(today)) {
                    error = "channels.error.launched.future";
                    args = new Object[] {launched.format(ChannelRegistry.DAY)};
                }
            }
            List<AdminList.Entry> admins = AdminList.parse(row.admins());
            if (error == null && !AdminList.tooLong(admins).isEmpty()) {
                error = "channels.error.admins.long";
                args = new Object[] {AdminList.tooLong(admins).get(0)};
            }
            parsed.add(new Parsed(row, unit, kind, address, launched, admins, error, args));
        }
        Set<String> keys = new HashSet<>();
        parsed.stream().filter(p -> p.error() == null).forEach(p -> keys.add(p.address().key()));
        Map<String, Existing> existing = keys.isEmpty() ? Map.of() : existingByKey.apply(keys);
        Map<String, Integer> firstLine = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Parsed p : parsed) {
            ChannelFile.ChannelRow row = p.row();
            String name = VietnameseText.clean(row.name());
            String purpose = row.purpose().isBlank() ? null : row.purpose().strip();
            if (p.error() != null) {
                lines.add(new Line(row.line(), row.unitCode(), row.kind(), name, row.url(), Outcome.ERROR, p.error(), p.args(), List.of(),
                        null, null, null, null, null, List.of(), null));
                continue;
            }
            String key = p.address().key();
            Integer earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                lines.add(new Line(row.line(), row.unitCode(), row.kind(), name, row.url(), Outcome.ERROR, "channels.import.row.duplicate",
                        new Object[] {earlier}, List.of(), null, null, null, null, null, List.of(), null));
                continue;
            }
            Existing old = existing.get(key);
            if (old != null && !mayManage.test(old.unitPath())) {
                lines.add(new Line(row.line(), row.unitCode(), row.kind(), name, row.url(), Outcome.ERROR, "channels.import.row.taken",
                        new Object[] {old.unitName(), old.name()}, List.of(), null, null, null, null, null, List.of(), null));
                continue;
            }
            List<String> changed = new ArrayList<>();
            if (old != null) {
                if (old.unitId() != p.unit().id()) {
                    changed.add("unit");
                }
                if (old.kind() != p.kind()) {
                    changed.add("kind");
                }
                if (!old.name().equals(name)) {
                    changed.add("name");
                }
                if (!Objects.equals(old.purpose(), purpose)) {
                    changed.add("purpose");
                }
                if (!Objects.equals(old.launchedOn(), p.launched())) {
                    changed.add("launchedOn");
                }
                if (!new HashSet<>(old.adminsWithoutAccount()).equals(new HashSet<>(p.admins().stream()
                        .filter(a -> !old.accountAdminNames().contains(a.name())).toList()))) {
                    changed.add("admins");
                }
                if (!old.active()) {
                    changed.add("active");
                }
            }
            Outcome outcome = old == null ? Outcome.NEW : changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
            lines.add(new Line(row.line(), row.unitCode(), row.kind(), name, row.url(), outcome, null, new Object[0], List.copyOf(changed),
                    p.unit(), p.kind(), p.address(), purpose, p.launched(), p.admins(), old == null ? null : old.id()));
        }
        return new ChannelImportPlan(lines);
    }
}
