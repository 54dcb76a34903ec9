package vn.lantoa.org.tree;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of a department as typed in a page or sent through the API. */
public class DepartmentForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size.max}")
    @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    private boolean editorial;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size.max}")
    private String email;

    public static DepartmentForm of(Department department) {
        DepartmentForm form = new DepartmentForm();
        form.code = department.getCode();
        form.name = department.getName();
        form.editorial = department.isEditorial();
        form.email = department.getEmail();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEditorial() { return editorial; }
    public void setEditorial(boolean editorial) { this.editorial = editorial; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
