package vn.lantoa.org.tree;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/** A union at one level of the tree. Its path ("/1/7/42/") lists the ids from the root down to itself. */
@Entity
public class Unit {

    @Id
    private Long id;

    private String code;
    private String name;
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    private Long parentId;
    private String path;
    private int depth;
    private boolean active = true;
    private Integer members;
    private Integer women;
    private LocalDate countedOn;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt = Instant.now();

    @Version
    private Long version;

    protected Unit() {
    }

    /** A new unit; its id comes from the unit sequence beforehand because its path ends with it. */
    Unit(long id, String code, String name, UnitLevel level, Unit parent) {
        if (parent != null && !level.mayBeChildOf(parent.level)) {
            throw new InvalidInput("level", "unit.error.levelOrder", parent.level, level);
        }
        if (parent != null && !parent.active) {
            throw new InvalidInput("parentId", "unit.error.parentInactive");
        }
        this.id = id;
        this.level = level;
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        rename(code, name);
    }

    void rename(String code, String name) {
        this.code = code.trim();
        this.name = VietnameseText.clean(name);
        this.nameFolded = VietnameseText.fold(name);
        touch();
    }

    void recordFigures(Integer members, Integer women, LocalDate countedOn) {
        if ((members != null || women != null) && countedOn == null) {
            throw new InvalidInput("countedOn", "unit.error.countedOnRequired");
        }
        if (countedOn != null && countedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidInput("countedOn", "unit.error.countedOnFuture");
        }
        this.members = members;
        this.women = women;
        this.countedOn = countedOn;
        touch();
    }

    void moveUnder(Unit newParent) {
        if (newParent.path.startsWith(path)) {
            throw new InvalidInput("parentId", "unit.error.moveIntoItself");
        }
        if (!level.mayBeChildOf(newParent.level)) {
            throw new InvalidInput("parentId", "unit.error.levelOrder", newParent.level, level);
        }
        if (!newParent.active) {
            throw new InvalidInput("parentId", "unit.error.parentInactive");
        }
        this.parentId = newParent.id;
        this.depth = newParent.depth + 1;
        this.path = newParent.path + id + "/";
        touch();
    }

    void activate(Unit parent) {
        if (parent != null && !parent.active) {
            throw new InvalidInput("active", "unit.error.parentInactive");
        }
        this.active = true;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public UnitRef ref() {
        return new UnitRef(id, code, name, level, path, active);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public UnitLevel getLevel() { return level; }
    public Long getParentId() { return parentId; }
    public String getPath() { return path; }
    public int getDepth() { return depth; }
    public boolean isActive() { return active; }
    public Integer getMembers() { return members; }
    public Integer getWomen() { return women; }
    public LocalDate getCountedOn() { return countedOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version == null ? 0 : version; }
}
