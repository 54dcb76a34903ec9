package vn.lantoa.org.tree;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.lantoa.org.UnitLevel;

/** What a person types to create or edit a unit, in a page or through the API. */
public class UnitForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size.max}")
    @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private UnitLevel level;

    private Long parentId;

    @PositiveOrZero(message = "{validation.notNegative}")
    @Max(value = 100_000_000, message = "{validation.max}")
    private Integer members;

    @PositiveOrZero(message = "{validation.notNegative}")
    @Max(value = 100_000_000, message = "{validation.max}")
    private Integer women;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate countedOn;

    public static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.level = unit.getLevel();
        form.parentId = unit.getParentId();
        form.members = unit.getMembers();
        form.women = unit.getWomen();
        form.countedOn = unit.getCountedOn();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitLevel getLevel() { return level; }
    public void setLevel(UnitLevel level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Integer getMembers() { return members; }
    public void setMembers(Integer members) { this.members = members; }
    public Integer getWomen() { return women; }
    public void setWomen(Integer women) { this.women = women; }
    public LocalDate getCountedOn() { return countedOn; }
    public void setCountedOn(LocalDate countedOn) { this.countedOn = countedOn; }
}
