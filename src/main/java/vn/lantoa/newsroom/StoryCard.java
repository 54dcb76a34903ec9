package vn.lantoa.newsroom;

import java.time.Instant;
import java.util.UUID;

/** A published story as lists show it: title, sapo, section, author unit, cover photo. */
public record StoryCard(long id, StoryKind kind, String title, String summary, SectionRef section, long authorUnitId,
                        String authorUnitPath, Instant publishedAt, Instant updatedAt, UUID coverMediaId) {
}
