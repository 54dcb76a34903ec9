/**
 * Stories (tin, bài) sent up by units and departments, the editorial workflow that carries them to
 * publication, their revisions, editorial comments, photos and sections. Other modules learn of what
 * happens to a story by the {@link vn.lantoa.newsroom.StoryEvent}s published here.
 */
@ApplicationModule(displayName = "Newsroom", allowedDependencies = {"org", "accounts", "media", "calendar", "common"})
package vn.lantoa.newsroom;

import org.springframework.modulith.ApplicationModule;
