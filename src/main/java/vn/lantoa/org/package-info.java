/**
 * The union's organization tree: units from the central union down to women's groups, their
 * membership figures and their departments. Subtree queries use the materialized path of ids.
 * Other modules use {@link vn.lantoa.org.OrgDirectory} and may tell the tree that they still refer to a
 * unit through {@link vn.lantoa.org.UnitUsage}.
 */
@ApplicationModule(displayName = "Organization", allowedDependencies = "common")
package vn.lantoa.org;

import org.springframework.modulith.ApplicationModule;
