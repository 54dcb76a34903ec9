package vn.lantoa.org.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.text.VietnameseText;

/** Writes an import plan with batched SQL: parents before children, paths rebuilt once if anything moved. */
@Component
class UnitWriter {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    UnitWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    private record Placed(long id, String path, int depth) {
    }

    /** Every unit of the tree by lower-case code, as the import plan compares it with a file. */
    Map<String, ExistingUnit> existingByCode() {
        Map<String, ExistingUnit> existing = new HashMap<>();
        jdbc.sql("""
                select u.id, u.code, u.name, u.level, u.parent_id, p.code as parent_code, u.path, u.members, u.women,
                       u.counted_on, u.active
                from unit u left join unit p on p.id = u.parent_id
                """)
                .query(ExistingUnit.class)
                .list()
                .forEach(u -> existing.put(u.code().toLowerCase(Locale.ROOT), u));
        return existing;
    }

    void write(ImportPlan plan, IntConsumer progress) {
        Map<String, Placed> placed = new HashMap<>();
        jdbc.sql("select id, code, path, depth from unit").query((rs, n) -> {
            placed.put(rs.getString("code").toLowerCase(Locale.ROOT), new Placed(rs.getLong("id"), rs.getString("path"), rs.getInt("depth")));
            return null;
        }).list();
        List<ImportPlan.Change> ordered = new ArrayList<>(plan.changes());
        ordered.sort(Comparator.comparing(ImportPlan.Change::level).thenComparingInt(ImportPlan.Change::line));
        List<ImportPlan.Change> creates = ordered.stream().filter(c -> c.kind() == ImportPlan.Kind.CREATE).toList();
        List<Long> ids = creates.isEmpty() ? List.of()
                : jdbc.sql("select nextval('unit_id_seq') from generate_series(1, ?)").param(creates.size()).query(Long.class).list();
        int done = 0;
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int created = 0;
        for (ImportPlan.Change change : ordered) {
            Placed parent = change.parentCode().isEmpty() ? null : placed.get(change.parentCode().toLowerCase(Locale.ROOT));
            if (change.kind() == ImportPlan.Kind.CREATE) {
                long id = ids.get(created++);
                Placed self = new Placed(id, parent.path() + id + "/", parent.depth() + 1);
                placed.put(change.code().toLowerCase(Locale.ROOT), self);
                inserts.add(new Object[] {id, change.code(), change.name(), VietnameseText.fold(change.name()), change.level().name(),
                    parent.id(), self.path(), self.depth(), change.members(), change.women(), sqlDate(change)});
            } else {
                updates.add(new Object[] {change.name(), VietnameseText.fold(change.name()),
                    parent == null ? change.existing().parentId() : parent.id(), change.members(), change.women(), sqlDate(change),
                    change.existing().id()});
            }
            done++;
            if (inserts.size() + updates.size() >= BATCH) {
                flush(inserts, updates);
                progress.accept(done);
            }
        }
        flush(inserts, updates);
        progress.accept(done);
        if (plan.moves() > 0) {
            rebuildPaths();
        }
        // Large imports change the table's shape; fresh statistics keep the subtree queries on their indexes.
        jdbc.sql("analyze unit").update();
    }

    private void flush(List<Object[]> inserts, List<Object[]> updates) {
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into unit (id, code, name, name_folded, level, parent_id, path, depth, members, women, counted_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, inserts);
            inserts.clear();
        }
        if (!updates.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    update unit set name = ?, name_folded = ?, parent_id = ?, members = ?, women = ?, counted_on = ?,
                           updated_at = now(), version = version + 1
                    where id = ?
                    """, updates);
            updates.clear();
        }
    }

    /** Recomputes every path and depth from parent links, after units moved. */
    private void rebuildPaths() {
        jdbc.sql("""
                with recursive tree as (
                    select id, '/' || id || '/' as path, 0 as depth from unit where parent_id is null
                    union all
                    select u.id, tree.path || u.id || '/', tree.depth + 1 from unit u join tree on u.parent_id = tree.id
                )
                update unit set path = tree.path, depth = tree.depth
                from tree where unit.id = tree.id and (unit.path <> tree.path or unit.depth <> tree.depth)
                """).update();
    }

    private static java.sql.Date sqlDate(ImportPlan.Change change) {
        return change.countedOn() == null ? null : java.sql.Date.valueOf(change.countedOn());
    }
}
