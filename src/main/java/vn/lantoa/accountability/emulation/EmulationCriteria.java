package vn.lantoa.accountability.emulation;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.org.UnitRef;

/** The weights and target of each union, as stored; the defaults are written on first use. */
@Component
public class EmulationCriteria {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EmulationCriteria(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public EmulationWeights of(long unionId) {
        seed(unionId);
        Map<EmulationCriterion, Integer> weights = new EnumMap<>(EmulationCriterion.class);
        jdbc.sql("select criterion, weight from emulation_criterion where owner_unit_id = :owner").param("owner", unionId)
                .query((rs, n) -> weights.put(EmulationCriterion.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return jdbc.sql("select digital_sessions_target, audience_growth_target from emulation_setting where owner_unit_id = :owner")
                .param("owner", unionId).query((rs, n) -> new EmulationWeights(weights, rs.getInt(1), rs.getInt(2))).single();
    }

    @Transactional
    public void save(UnitRef union, EmulationWeights weights) {
        seed(union.id());
        weights.weights().forEach((criterion, weight) -> jdbc.sql("""
                        update emulation_criterion set weight = :weight where owner_unit_id = :owner and criterion = :criterion""")
                .param("weight", weight).param("owner", union.id()).param("criterion", criterion.name()).update());
        jdbc.sql("""
                update emulation_setting set digital_sessions_target = :target, audience_growth_target = :audience, updated_at = now(),
                       version = version + 1
                where owner_unit_id = :owner""").param("target", weights.digitalSessionsTarget())
                .param("audience", weights.audienceGrowthTarget()).param("owner", union.id()).update();
        StringBuilder details = new StringBuilder();
        weights.weights().forEach((c, w) -> details.append(c.name()).append('=').append(w).append(", "));
        details.append("target=").append(weights.digitalSessionsTarget()).append(", audienceTarget=").append(weights.audienceGrowthTarget());
        audit.record(AuditEntry.of("emulation.criteria-changed", "unit", union.id(), union.name(), union.path(), details.toString()));
    }

    private void seed(long unionId) {
        for (EmulationCriterion c : EmulationCriterion.values()) {
            jdbc.sql("insert into emulation_criterion (owner_unit_id, criterion, weight) values (:owner, :c, :w) on conflict do nothing")
                    .param("owner", unionId).param("c", c.name()).param("w", c.defaultWeight()).update();
        }
        jdbc.sql("""
                        insert into emulation_setting (owner_unit_id, digital_sessions_target, audience_growth_target) values (:owner, :t, :a)
                        on conflict do nothing""")
                .param("owner", unionId).param("t", EmulationWeights.DEFAULT_TARGET).param("a", EmulationWeights.DEFAULT_AUDIENCE_TARGET)
                .update();
    }
}
