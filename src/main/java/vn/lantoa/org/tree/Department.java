package vn.lantoa.org.tree;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.DepartmentRef;

/** A department (Ban chuyên môn) of a unit; the editorial one is Ban Tuyên giáo. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private String code;
    private String name;
    private boolean editorial;
    private String email;
    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    Department(long unitId, String code, String name, boolean editorial, String email) {
        this.unitId = unitId;
        update(code, name, editorial, email);
    }

    void update(String code, String name, boolean editorial, String email) {
        this.code = code.trim();
        this.name = VietnameseText.clean(name);
        this.editorial = editorial;
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public DepartmentRef ref() {
        return new DepartmentRef(id, unitId, code, name, editorial);
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isEditorial() { return editorial; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
