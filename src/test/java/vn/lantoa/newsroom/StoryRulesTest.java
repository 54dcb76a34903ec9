package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.story.AttachedMedia;
import vn.lantoa.newsroom.story.MediaRule;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryAction;
import vn.lantoa.newsroom.story.StoryContent;

/** The rules a story guards itself, without Spring: statuses, authorship, reasons, the photo checklist. */
class StoryRulesTest {

    private static final long AUTHOR = 7;
    private static final long HEAD = 8;
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final MediaRule NEWS_RULE = new MediaRule(StoryKind.NEWS, 3, 5, 1, true, true);

    private static Story story() {
        StoryContent content = new StoryContent(StoryKind.NEWS, "Tiêu đề", "", "<p>x</p>", null, Set.of(), "", null, "", false,
                true, false, false, 3L);
        return new Story(content, 42, "/1/2/42/", null, AUTHOR, NOW);
    }

    @Test
    void theAuthorCannotApproveOrPublishTheirOwnStory() {
        Story story = story();
        story.routeThroughDepartment(true);
        story.perform(StoryAction.SUBMIT, AUTHOR, NOW, null);
        assertThatThrownBy(() -> story.perform(StoryAction.APPROVE, AUTHOR, NOW, null)).isInstanceOf(Forbidden.class);
        story.perform(StoryAction.APPROVE, HEAD, NOW, null);
        story.perform(StoryAction.TAKE, AUTHOR, NOW, null);
        assertThatThrownBy(() -> story.publishNow(AUTHOR, null, NOW)).isInstanceOf(Forbidden.class);
        assertThat(story.status()).isEqualTo(StoryStatus.IN_EDITING);
    }

    @Test
    void returningAndRejectingNeedAReason() {
        Story story = story();
        story.routeThroughDepartment(true);
        story.perform(StoryAction.SUBMIT, AUTHOR, NOW, null);
        assertThatThrownBy(() -> story.perform(StoryAction.RETURN, HEAD, NOW, "  ")).isInstanceOf(InvalidInput.class);
        story.perform(StoryAction.RETURN, HEAD, NOW.plusSeconds(60), "Thiếu ảnh hoạt động");
        assertThat(story.status()).isEqualTo(StoryStatus.RETURNED);
        assertThat(story.statusReason()).isEqualTo("Thiếu ảnh hoạt động");
        assertThat(story.steps()).extracting(s -> s.status()).containsExactly(StoryStatus.DRAFT, StoryStatus.SUBMITTED, StoryStatus.RETURNED);
        assertThat(story.steps().get(1).leftAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aStoryOnTheShortRouteGoesStraightToTheEditors() {
        Story story = story();
        story.routeThroughDepartment(false);
        story.perform(StoryAction.SUBMIT, AUTHOR, NOW, null);
        assertThat(story.reachedEditorsAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> story.perform(StoryAction.APPROVE, HEAD, NOW, null)).isInstanceOf(Conflict.class);
        story.perform(StoryAction.TAKE, HEAD, NOW, null);
        assertThat(story.status()).isEqualTo(StoryStatus.IN_EDITING);
    }

    @Test
    void schedulingNeedsAFutureTimeAndTheSchedulerPublishesWhenDue() {
        Story story = inEditing();
        assertThatThrownBy(() -> story.schedule(HEAD, NOW.minusSeconds(1), null, NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> story.schedule(HEAD, NOW.plusSeconds(600), NOW.plusSeconds(60), NOW)).isInstanceOf(InvalidInput.class);
        story.schedule(HEAD, NOW.plusSeconds(600), NOW.plusSeconds(3600), NOW);
        assertThat(story.publishIfDue(NOW.plusSeconds(599))).isFalse();
        assertThat(story.publishIfDue(NOW.plusSeconds(600))).isTrue();
        assertThat(story.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(story.unpublishIfDue(NOW.plusSeconds(3600))).isTrue();
        assertThat(story.status()).isEqualTo(StoryStatus.UNPUBLISHED);
        assertThat(story.steps().get(story.steps().size() - 1).actorId()).isNull();
    }

    @Test
    void theChecklistCountsPhotosAndAsksForEveryCaptionAndDescription() {
        Story story = story();
        assertThat(NEWS_RULE.check(story)).extracting(MediaRule.Gap::messageKey).containsExactly("story.checklist.tooFewPhotos");
        UUID first = UUID.randomUUID();
        story.attach(first, AttachedMedia.Kind.IMAGE, NOW);
        story.attach(UUID.randomUUID(), AttachedMedia.Kind.IMAGE, NOW);
        story.attach(UUID.randomUUID(), AttachedMedia.Kind.IMAGE, NOW);
        story.describe(first, "Chú thích", "Mô tả", NOW);
        assertThat(NEWS_RULE.check(story)).extracting(MediaRule.Gap::messageKey)
                .containsExactly("story.checklist.captionMissing", "story.checklist.altMissing",
                        "story.checklist.captionMissing", "story.checklist.altMissing");
        assertThat(story.coverMediaId()).isEqualTo(first);
        for (int i = 0; i < 3; i++) {
            story.attach(UUID.randomUUID(), AttachedMedia.Kind.IMAGE, NOW);
        }
        assertThat(NEWS_RULE.check(story)).extracting(MediaRule.Gap::messageKey).contains("story.checklist.tooManyPhotos");
        assertThat(NEWS_RULE.roomForPhoto(story)).isFalse();
    }

    @Test
    void removingTheCoverPicksTheNextPhoto() {
        Story story = story();
        UUID video = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        story.attach(video, AttachedMedia.Kind.VIDEO_LINK, NOW);
        story.attach(first, AttachedMedia.Kind.IMAGE, NOW);
        story.attach(second, AttachedMedia.Kind.IMAGE, NOW);
        assertThat(story.coverMediaId()).isEqualTo(first);
        assertThatThrownBy(() -> story.chooseCover(video, NOW)).isInstanceOf(InvalidInput.class);
        story.detach(first, NOW);
        assertThat(story.coverMediaId()).isEqualTo(second);
        story.move(second, -1, NOW);
        assertThat(story.media()).extracting(AttachedMedia::mediaId).containsExactly(second, video);
    }

    private static Story inEditing() {
        Story story = story();
        story.routeThroughDepartment(false);
        story.perform(StoryAction.SUBMIT, AUTHOR, NOW, null);
        story.perform(StoryAction.TAKE, HEAD, NOW, null);
        return story;
    }
}
