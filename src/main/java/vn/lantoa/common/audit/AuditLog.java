package vn.lantoa.common.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;

/**
 * Records who did what to which unit or account. Called inside the transaction of the change it
 * describes, so an action and its audit entry are committed together or not at all.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        Actor actor = CurrentActor.find().orElse(null);
        jdbc.sql("""
                insert into audit_event (actor_id, actor_name, action, target_type, target_id, target_label, unit_path, details)
                values (:actorId, :actorName, :action, :targetType, :targetId, :targetLabel, :unitPath, :details)
                """)
                .param("actorId", actor == null ? null : actor.accountId())
                .param("actorName", actor == null ? entry.systemActor() : actor.username())
                .param("action", entry.action())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("targetLabel", entry.targetLabel())
                .param("unitPath", entry.unitPath())
                .param("details", entry.details())
                .update();
    }
}
