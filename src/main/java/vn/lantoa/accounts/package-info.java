/**
 * Logins and what they may do: accounts, roles granted on a unit (and so its subtree), login
 * throttling, password change and reset by email, and bearer tokens for the API.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {"org", "common"})
package vn.lantoa.accounts;

import org.springframework.modulith.ApplicationModule;
