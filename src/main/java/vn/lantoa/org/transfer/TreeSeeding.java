package vn.lantoa.org.transfer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.text.VietnameseText;

/** Writes a whole tree at once on an empty installation (demo data, first setup), through the import's rules. */
@Component
public class TreeSeeding {

    private final JdbcClient jdbc;
    private final UnitWriter writer;

    TreeSeeding(JdbcClient jdbc, UnitWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void createRoot(String code, String name) {
        jdbc.sql("""
                with next as (select nextval('unit_id_seq') as id)
                insert into unit (id, code, name, name_folded, level, parent_id, path, depth)
                select id, :code, :name, :folded, 'CENTRAL', null, '/' || id || '/', 0 from next
                """)
                .param("code", code)
                .param("name", name)
                .param("folded", VietnameseText.fold(name))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int seed(List<UnitRow> rows) {
        ImportPlan plan = ImportPlan.of(rows, writer.existingByCode(), path -> true, LocalDate.now());
        if (!plan.problems().isEmpty()) {
            throw new IllegalStateException("Seed data is inconsistent: " + plan.problems().subList(0, Math.min(5, plan.problems().size())));
        }
        writer.write(plan, done -> { });
        return plan.changes().size();
    }
}
