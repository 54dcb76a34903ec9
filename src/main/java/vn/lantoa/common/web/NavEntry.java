package vn.lantoa.common.web;

import java.util.Set;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Role;

/**
 * An entry of the main menu, declared as a bean by the module that owns the page. An empty role set
 * means every logged-in person sees it. Orders below {@value #ADMINISTRATION} are daily work and sit
 * in the bar; the rest (the tree, accounts, settings, logs) are gathered under one "administration"
 * menu, so that the bar fits an office screen and a phone.
 */
public record NavEntry(String id, String messageKey, String href, int order, Set<Role> roles) {

    public static final int ADMINISTRATION = 10;

    public boolean inBar() {
        return order < ADMINISTRATION;
    }

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::holds);
    }
}
