package vn.lantoa.notifications.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.common.security.Role;

/** The people behind the recipient rules, as the accounts module and the story memory know them. */
@Component
class People implements Recipients.Lookup {

    private final AccountDirectory accounts;
    private final StoryMemory memory;

    People(AccountDirectory accounts, StoryMemory memory) {
        this.accounts = accounts;
        this.memory = memory;
    }

    @Override
    public Set<Long> departmentHeadsOver(Long departmentId, String unitPath) {
        return departmentId == null ? Set.of()
                : ids(accounts.departmentHoldersOver(departmentId, unitPath, Set.of(Role.DEPARTMENT_HEAD)));
    }

    @Override
    public Set<Long> leadershipOver(String unitPath) {
        return ids(accounts.holdersOver(unitPath, Set.of(Role.LEADERSHIP)));
    }

    @Override
    public Set<Long> editorsOver(String unitPath) {
        return ids(accounts.holdersOver(unitPath, Set.of(Role.EDITOR)));
    }

    @Override
    public Set<Long> unitOfficersOver(String unitPath) {
        return ids(accounts.holdersOver(unitPath, Set.of(Role.UNIT_OFFICER)));
    }

    @Override
    public Set<Long> participants(long storyId) {
        return memory.participants(storyId);
    }

    @Override
    public Optional<Boolean> routedThroughDepartment(long storyId) {
        return memory.routedThroughDepartment(storyId);
    }

    private static Set<Long> ids(Collection<AccountRef> refs) {
        Set<Long> ids = new LinkedHashSet<>();
        refs.forEach(ref -> ids.add(ref.id()));
        return ids;
    }
}
