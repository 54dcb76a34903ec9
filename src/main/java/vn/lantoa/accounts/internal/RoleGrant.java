package vn.lantoa.accounts.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lantoa.common.security.Role;

@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Role role;

    private long unitId;
    private Long departmentId;
    private Instant grantedAt = Instant.now();
    private Long grantedBy;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, long unitId, Long departmentId, Long grantedBy) {
        this.account = account;
        this.role = role;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.grantedBy = grantedBy;
    }

    public Long getId() { return id; }
    public Role getRole() { return role; }
    public long getUnitId() { return unitId; }
    public Long getDepartmentId() { return departmentId; }
    public Instant getGrantedAt() { return grantedAt; }
}
