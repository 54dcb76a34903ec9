package vn.lantoa.common.web;

import java.util.Set;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Role;

/**
 * An entry of the main menu, declared as a bean by the module that owns the page. An empty role set
 * means every logged-in person sees it.
 */
public record NavEntry(String id, String messageKey, String href, int order, Set<Role> roles) {

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::holds);
    }
}
