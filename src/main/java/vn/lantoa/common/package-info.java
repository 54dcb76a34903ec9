/**
 * Shared kernel used by every module: the embedded database, the vocabulary of roles and scopes,
 * the audit log, Vietnamese text helpers and the web shell (layout, locale, problem details).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.lantoa.common;

import org.springframework.modulith.ApplicationModule;
