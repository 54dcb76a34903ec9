package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;

/** The recipient rules as plain code: who is told of each event, with which notice, and who never is. */
class RecipientsTest {

    private static final long CREATOR = 1;
    private static final long OFFICER = 2;
    private static final long HEAD = 3;
    private static final long EDITOR = 4;
    private static final long SECOND_EDITOR = 5;
    private static final long LEADER = 6;
    private static final long OUTSIDER = 7;
    private static final long DEPARTMENT = 50;
    private static final String PATH = "/1/2/3/";
    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");
    private static final StoryEvent.StoryRef STORY = new StoryEvent.StoryRef(100, "Tin", StoryKind.NEWS, 3, PATH, DEPARTMENT, CREATOR);

    /** A small union: one head of the receiving department, two editors, one officer, one leader. */
    private static final class Union implements Recipients.Lookup {
        Set<Long> heads = Set.of(HEAD);
        Set<Long> participants = new LinkedHashSet<>();
        Map<Long, Boolean> routes = new HashMap<>();

        @Override
        public Set<Long> departmentHeadsOver(Long departmentId, String unitPath) {
            return departmentId != null && departmentId == DEPARTMENT && unitPath.startsWith("/1/") ? heads : Set.of();
        }

        @Override
        public Set<Long> leadershipOver(String unitPath) {
            return Set.of(LEADER);
        }

        @Override
        public Set<Long> editorsOver(String unitPath) {
            return new LinkedHashSet<>(List.of(EDITOR, SECOND_EDITOR));
        }

        @Override
        public Set<Long> unitOfficersOver(String unitPath) {
            return Set.of(OFFICER);
        }

        @Override
        public Set<Long> participants(long storyId) {
            return participants;
        }

        @Override
        public Optional<Boolean> routedThroughDepartment(long storyId) {
            return Optional.ofNullable(routes.get(storyId));
        }
    }

    private final Union union = new Union();

    private Map<Long, NoticeKind> told(StoryEvent event) {
        Map<Long, NoticeKind> told = new HashMap<>();
        List<Addressee> addressees = Recipients.of(event, union);
        addressees.forEach(a -> told.put(a.accountId(), a.kind()));
        assertThat(told).as("nobody twice").hasSize(addressees.size());
        return told;
    }

    @Test
    void aSubmissionThroughTheDepartmentAsksItsHeadOnly() {
        assertThat(told(new StoryEvent.Submitted(STORY, CREATOR, AT, true))).isEqualTo(Map.of(HEAD, NoticeKind.TO_APPROVE));
    }

    @Test
    void withoutAHeadOverTheUnitTheLeadershipIsAskedInstead() {
        union.heads = Set.of();
        assertThat(told(new StoryEvent.Submitted(STORY, CREATOR, AT, true))).isEqualTo(Map.of(LEADER, NoticeKind.TO_APPROVE));
        StoryEvent.StoryRef noDepartment = new StoryEvent.StoryRef(101, "Tin", StoryKind.NEWS, 3, PATH, null, CREATOR);
        assertThat(told(new StoryEvent.Submitted(noDepartment, CREATOR, AT, true))).containsOnlyKeys(LEADER);
    }

    @Test
    void aSubmissionStraightToTheEditorsAsksTheEditors() {
        assertThat(told(new StoryEvent.Submitted(STORY, CREATOR, AT, false)))
                .isEqualTo(Map.of(EDITOR, NoticeKind.TO_EDIT, SECOND_EDITOR, NoticeKind.TO_EDIT));
    }

    @Test
    void anApprovalAsksTheEditorsAndTellsTheCreatorButNotTheApprover() {
        assertThat(told(new StoryEvent.Approved(STORY, HEAD, AT))).isEqualTo(Map.of(
                EDITOR, NoticeKind.APPROVED_TO_EDIT, SECOND_EDITOR, NoticeKind.APPROVED_TO_EDIT, CREATOR, NoticeKind.APPROVED));
    }

    @Test
    void aCreatorWhoIsAlsoAnEditorIsAskedToEditOnce() {
        StoryEvent.StoryRef editorsOwn = new StoryEvent.StoryRef(102, "Tin", StoryKind.NEWS, 3, PATH, DEPARTMENT, EDITOR);
        assertThat(told(new StoryEvent.Approved(editorsOwn, LEADER, AT)))
                .isEqualTo(Map.of(EDITOR, NoticeKind.APPROVED_TO_EDIT, SECOND_EDITOR, NoticeKind.APPROVED_TO_EDIT));
    }

    @Test
    void decisionsGoToTheAuthorSideButNeverToWhoeverDecided() {
        assertThat(told(new StoryEvent.Returned(STORY, HEAD, AT, "Thiếu ảnh")))
                .isEqualTo(Map.of(CREATOR, NoticeKind.RETURNED, OFFICER, NoticeKind.RETURNED));
        assertThat(told(new StoryEvent.Rejected(STORY, EDITOR, AT, "Trùng"))).containsOnlyKeys(CREATOR, OFFICER)
                .containsValue(NoticeKind.REJECTED);
        assertThat(told(new StoryEvent.Returned(STORY, OFFICER, AT, "Tự rút"))).isEqualTo(Map.of(CREATOR, NoticeKind.RETURNED));
    }

    @Test
    void publicationByTheSchedulerTellsTheAuthorSide() {
        assertThat(told(new StoryEvent.Published(STORY, null, AT)))
                .isEqualTo(Map.of(CREATOR, NoticeKind.PUBLISHED, OFFICER, NoticeKind.PUBLISHED));
        assertThat(told(new StoryEvent.Unpublished(STORY, EDITOR, AT)))
                .isEqualTo(Map.of(CREATOR, NoticeKind.UNPUBLISHED, OFFICER, NoticeKind.UNPUBLISHED));
    }

    @Test
    void aCommentReachesTheCreatorAndEarlierCommentersButNotItsWriter() {
        assertThat(told(new StoryEvent.Commented(STORY, HEAD, AT, 1, "Cần thêm ảnh"))).isEqualTo(Map.of(CREATOR, NoticeKind.COMMENTED));
        union.participants.addAll(List.of(HEAD, OUTSIDER));
        assertThat(told(new StoryEvent.Commented(STORY, CREATOR, AT, 2, "Đã bổ sung")))
                .isEqualTo(Map.of(HEAD, NoticeKind.COMMENTED, OUTSIDER, NoticeKind.COMMENTED));
    }

    @Test
    void aNudgeGoesToWhoeverMustActAtTheStep() {
        assertThat(told(stalled(StoryStatus.SUBMITTED))).as("route unknown: the department step is the default")
                .isEqualTo(Map.of(HEAD, NoticeKind.STALLED));
        union.routes.put(STORY.id(), false);
        assertThat(told(stalled(StoryStatus.SUBMITTED))).containsOnlyKeys(EDITOR, SECOND_EDITOR);
        union.routes.put(STORY.id(), true);
        assertThat(told(stalled(StoryStatus.SUBMITTED))).containsOnlyKeys(HEAD);
        assertThat(told(stalled(StoryStatus.DEPARTMENT_APPROVED))).containsOnlyKeys(EDITOR, SECOND_EDITOR);
        assertThat(told(stalled(StoryStatus.IN_EDITING))).containsOnlyKeys(EDITOR, SECOND_EDITOR);
        assertThat(told(stalled(StoryStatus.PUBLISHED))).isEmpty();
    }

    private static StoryEvent stalled(StoryStatus status) {
        return new StoryEvent.Stalled(STORY, null, AT, status, Duration.ofHours(9));
    }
}
