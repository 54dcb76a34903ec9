package vn.lantoa.common.audit;

/**
 * One line of the audit log. {@code unitPath} places the entry in the tree so that an admin sees
 * the entries of their own subtree only.
 */
public record AuditEntry(String action, String targetType, Long targetId, String targetLabel, String unitPath,
                         String details, String systemActor) {

    public static AuditEntry of(String action, String targetType, Long targetId, String targetLabel, String unitPath,
                                String details) {
        return new AuditEntry(action, targetType, targetId, targetLabel, unitPath, details, "system");
    }

    public AuditEntry bySystem(String who) {
        return new AuditEntry(action, targetType, targetId, targetLabel, unitPath, details, who);
    }
}
