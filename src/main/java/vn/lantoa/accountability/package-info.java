/**
 * Holding every unit to account: quota rules (how many stories, of which kind, per month, quarter
 * or year), compliance of each unit and subtree with them, the 12-working-hour timeliness of major
 * events, monthly reports on communication work that roll up the tree, official exports of all of
 * it, reminders to units that fall behind, and the yearly emulation (thi đua) score. It counts what
 * the newsroom did through the newsroom's {@code story_fact} view and never writes to the newsroom.
 * Other modules learn of reminders and report decisions by the events published at this package's
 * root, and contribute figures to the monthly report through
 * {@link vn.lantoa.common.figures.ActivityFigures}.
 */
@ApplicationModule(displayName = "Accountability", allowedDependencies = {"org", "accounts", "newsroom", "channels", "calendar", "common"})
package vn.lantoa.accountability;

import org.springframework.modulith.ApplicationModule;
