package vn.lantoa.accounts.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;

/** A union officer's login. Roles are granted on units; see {@link RoleGrant}. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String fullName;
    private String email;
    private String phone;
    private String searchText;
    private String passwordHash;
    private long homeUnitId;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant passwordChangedAt = Instant.now();
    private Instant lastLoginAt;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<RoleGrant> grants = new ArrayList<>();

    protected Account() {
    }

    public Account(String username, String fullName, String email, String phone, long homeUnitId, String passwordHash) {
        this.username = username.trim();
        this.passwordHash = passwordHash;
        updateProfile(fullName, email, phone, homeUnitId);
    }

    public void updateProfile(String fullName, String email, String phone, long homeUnitId) {
        this.fullName = fullName.trim();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.homeUnitId = homeUnitId;
        this.searchText = VietnameseText.fold(String.join(" ", username, this.fullName, email == null ? "" : email));
    }

    public RoleGrant grant(Role role, long unitId, Long departmentId, Long grantedBy) {
        boolean held = grants.stream().anyMatch(g -> g.getRole() == role && g.getUnitId() == unitId
                && java.util.Objects.equals(g.getDepartmentId(), departmentId));
        if (held) {
            throw new Conflict("role", "account.error.grantExists");
        }
        RoleGrant grant = new RoleGrant(this, role, unitId, role.needsDepartment() ? departmentId : null, grantedBy);
        grants.add(grant);
        return grant;
    }

    public void revoke(RoleGrant grant) {
        grants.remove(grant);
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
        this.passwordChangedAt = Instant.now();
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Counts a failed login; after too many the account is locked for a while. */
    public boolean recordFailedLogin(int maxFailures, Duration lockout, Instant now) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getPasswordHash() { return passwordHash; }
    public long getHomeUnitId() { return homeUnitId; }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public List<RoleGrant> getGrants() { return List.copyOf(grants); }
}
