package vn.lantoa.accounts.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an admin types it. The password is only read when creating. */
public class AccountForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 60, message = "{validation.size.between}")
    @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size.max}")
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size.max}")
    private String email;

    @Size(max = 30, message = "{validation.size.max}")
    @Pattern(regexp = "[0-9 +().-]*", message = "{account.phone.pattern}")
    private String phone;

    @NotNull(message = "{validation.required}")
    private Long homeUnitId;

    private String password;

    public static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.email = account.getEmail();
        form.phone = account.getPhone();
        form.homeUnitId = account.getHomeUnitId();
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getHomeUnitId() { return homeUnitId; }
    public void setHomeUnitId(Long homeUnitId) { this.homeUnitId = homeUnitId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
