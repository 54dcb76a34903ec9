/**
 * Notices to the people a story concerns — submitted, approved, returned, rejected, published,
 * unpublished, commented, and nudged when it waits too long at one step — shown under the bell in
 * the app and sent by email (each one, or a daily digest, as each person chooses). It only listens to
 * the newsroom's {@link vn.lantoa.newsroom.StoryEvent}s; no module calls it, and it calls no newsroom
 * service.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"org", "accounts", "newsroom", "common"})
package vn.lantoa.notifications;

import org.springframework.modulith.ApplicationModule;
