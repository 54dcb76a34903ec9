package vn.lantoa.accounts;

/** An account as other modules see it: enough to name a person and write to them. */
public record AccountRef(long id, String username, String fullName, String email, boolean enabled) {
}
