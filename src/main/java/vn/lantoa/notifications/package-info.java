/**
 * Notices to the people a story concerns — submitted, approved, returned, rejected, published,
 * unpublished, commented, and nudged when it waits too long at one step — and to the people a unit's
 * quotas and monthly reports concern — reminded when a unit is at risk of missing a quota, the
 * union's summary of its units at risk, a report submitted, accepted or returned — and the admins of a
 * unit whose Facebook Page or Zalo OA lost its connection ({@link vn.lantoa.channels.ChannelConnectionFailed}) — shown under the
 * bell in the app and sent by email (each one, or a daily digest, as each person chooses). It only
 * listens to the newsroom's {@link vn.lantoa.newsroom.StoryEvent}s and to accountability's
 * {@link vn.lantoa.accountability.QuotaReminder} and {@link vn.lantoa.accountability.MonthlyReportEvent};
 * no module calls it, and it calls no newsroom or accountability service.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"org", "accounts", "newsroom", "accountability", "channels", "common"})
package vn.lantoa.notifications;

import org.springframework.modulith.ApplicationModule;
