package vn.lantoa.accounts.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.accounts.internal.Account;
import vn.lantoa.accounts.internal.AccountRepository;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.DepartmentRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** One demo account per role, listed in the README, created once on an installation with no accounts. */
@Component
@Order(20)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "LanToa@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final OrgDirectory org;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;

    DemoAccounts(AccountRepository accounts, OrgDirectory org, PasswordEncoder encoder, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.org = org;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0 || org.unitByCode("TH").isEmpty()) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        transaction.executeWithoutResult(status -> {
            create(hash, "quantri.tw", "Nguyễn Thị Hương", "TW", Role.ADMIN, "TW", null);
            create(hash, "quantri", "Lê Thị Mai", "TH", Role.ADMIN, "TH", null);
            create(hash, "thuongtruc", "Trịnh Thị Thu Hà", "TH", Role.LEADERSHIP, "TH", null);
            Account editor = create(hash, "bientap", "Phạm Thị Lan", "TH", Role.EDITOR, "TH", null);
            grant(editor, Role.DEPARTMENT_STAFF, "TH", "TG");
            create(hash, "truongban.tg", "Hoàng Thị Ngọc", "TH", Role.DEPARTMENT_HEAD, "TH", "TG");
            create(hash, "truongban.gdxh", "Đỗ Thị Hạnh", "TH", Role.DEPARTMENT_HEAD, "TH", "GDXH");
            create(hash, "canbo.gdxh", "Vũ Thị Thảo", "TH", Role.DEPARTMENT_STAFF, "TH", "GDXH");
            create(hash, "kiemduyet", "Bùi Thị Quỳnh", "TH", Role.MODERATOR, "TH", null);
            create(hash, "quantri.hacthanh", "Mai Thị Hoa", "TH-001", Role.ADMIN, "TH-001", null);
            create(hash, "canbo.hacthanh", "Lê Thị Hằng", "TH-001", Role.UNIT_OFFICER, "TH-001", null);
            create(hash, "canbo.hoanghoa", "Nguyễn Thị Xuân", "TH-020", Role.UNIT_OFFICER, "TH-020", null);
        });
        log.info("Created the demo accounts (password {})", PASSWORD);
    }

    private Account create(String hash, String username, String name, String homeUnit, Role role, String unit, String department) {
        Account account = new Account(username, name, username + "@lantoa.local", null, unit(homeUnit).id(), hash);
        grant(account, role, unit, department);
        return accounts.save(account);
    }

    private void grant(Account account, Role role, String unit, String department) {
        UnitRef on = unit(unit);
        Long departmentId = department == null ? null : org.departmentsOf(on.id()).stream()
                .filter(d -> d.code().equals(department)).map(DepartmentRef::id).findFirst().orElseThrow();
        account.grant(role, on.id(), departmentId, null);
    }

    private UnitRef unit(String code) {
        return org.unitByCode(code).orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing"));
    }
}
