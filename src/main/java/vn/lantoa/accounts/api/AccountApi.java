package vn.lantoa.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.accounts.internal.Account;
import vn.lantoa.accounts.internal.AccountAdmin;
import vn.lantoa.accounts.internal.AccountForm;
import vn.lantoa.accounts.internal.GrantForm;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;

@Tag(name = "Tài khoản", description = "Tài khoản trong phạm vi đơn vị của quản trị viên")
@RestController
@RequestMapping("/api/v1")
class AccountApi {

    private final AccountAdmin admin;

    AccountApi(AccountAdmin admin) {
        this.admin = admin;
    }

    record AccountDto(long id, String username, String fullName, String email, String phone, long homeUnitId,
                      boolean enabled, boolean locked, Instant lastLoginAt, List<AccountAdmin.GrantView> grants) {

        static AccountDto of(Account account, List<AccountAdmin.GrantView> grants) {
            return new AccountDto(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                    account.getPhone(), account.getHomeUnitId(), account.isEnabled(), account.isLocked(Instant.now()),
                    account.getLastLoginAt(), grants);
        }
    }

    record MeDto(long id, String username, String displayName, List<Grant> grants) {
    }

    @Operation(summary = "Tài khoản đang đăng nhập và các vai trò")
    @GetMapping("/me")
    MeDto me() {
        Actor actor = CurrentActor.get();
        return new MeDto(actor.accountId(), actor.username(), actor.displayName(), actor.grants());
    }

    @Operation(summary = "Danh sách tài khoản trong phạm vi quản trị")
    @GetMapping("/accounts")
    List<AccountAdmin.AccountRow> list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unitId,
                                       @RequestParam(defaultValue = "100") int limit) {
        return admin.list(CurrentActor.get(), q, unitId, Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping("/accounts/{id}")
    AccountDto get(@PathVariable long id) {
        Account account = admin.get(CurrentActor.get(), id);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @Operation(summary = "Tạo tài khoản", description = "Không có mật khẩu thì gửi liên kết đặt mật khẩu tới email.")
    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountDto create(@Valid @RequestBody AccountForm form, Locale locale) {
        Account account = admin.create(CurrentActor.get(), form, locale);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @PutMapping("/accounts/{id}")
    AccountDto update(@PathVariable long id, @Valid @RequestBody AccountForm form) {
        Account account = admin.update(CurrentActor.get(), id, form);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @PostMapping("/accounts/{id}/enable")
    AccountDto enable(@PathVariable long id) {
        Account account = admin.setEnabled(CurrentActor.get(), id, true);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @PostMapping("/accounts/{id}/disable")
    AccountDto disable(@PathVariable long id) {
        Account account = admin.setEnabled(CurrentActor.get(), id, false);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @PostMapping("/accounts/{id}/unlock")
    AccountDto unlock(@PathVariable long id) {
        Account account = admin.unlock(CurrentActor.get(), id);
        return AccountDto.of(account, admin.grantsOf(account));
    }

    @Operation(summary = "Cấp vai trò trên một đơn vị", description = "Vai trò có hiệu lực với cả cây đơn vị bên dưới.")
    @PostMapping("/accounts/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    AccountDto grant(@PathVariable long id, @Valid @RequestBody GrantForm form) {
        admin.grant(CurrentActor.get(), id, form);
        return get(id);
    }

    @DeleteMapping("/accounts/{id}/grants/{grantId}")
    AccountDto revoke(@PathVariable long id, @PathVariable long grantId) {
        admin.revoke(CurrentActor.get(), id, grantId);
        return get(id);
    }

    @GetMapping("/roles")
    Role[] roles() {
        return Role.values();
    }
}
