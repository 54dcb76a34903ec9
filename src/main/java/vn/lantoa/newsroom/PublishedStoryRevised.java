package vn.lantoa.newsroom;

import java.time.Instant;

/**
 * A story that is live on the portal was changed (text, photos, captions, cover) without leaving
 * publication; {@link StoryEvent.Published} and {@link StoryEvent.Unpublished} cover the moves in and out.
 */
public record PublishedStoryRevised(long storyId, Instant at) {
}
