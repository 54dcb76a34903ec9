package vn.lantoa.newsroom.story;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.newsroom.StoryStatus;

/**
 * Who may do what to a story. Three parties: the author side (the unit or department that wrote
 * it), the department head who approves where the route requires it, and the editors (Ban Tuyên
 * giáo) of a unit above the author. Each holds only within the subtree of their grant.
 */
public final class StoryPermissions {

    private static final Set<StoryStatus> EDITOR_WRITES = EnumSet.of(
            StoryStatus.IN_EDITING, StoryStatus.SCHEDULED, StoryStatus.PUBLISHED, StoryStatus.UNPUBLISHED);

    private StoryPermissions() {
    }

    public static boolean mayView(Actor actor, Story story) {
        if (story.status() == StoryStatus.DRAFT) {
            return isAuthorSide(actor, story);
        }
        return isAuthorSide(actor, story) || actor.sees(story.authorUnitPath());
    }

    public static boolean mayEdit(Actor actor, Story story) {
        StoryStatus status = story.status();
        return (StoryStatus.WITH_AUTHOR.contains(status) && isAuthorSide(actor, story))
                || (status == StoryStatus.SUBMITTED && story.needsDepartmentApproval() && isDepartmentReviewer(actor, story))
                || (EDITOR_WRITES.contains(status) && isEditor(actor, story));
    }

    public static boolean mayComment(Actor actor, Story story) {
        return mayView(actor, story);
    }

    /** Whether the actor's role and scope allow the move; the story itself still checks its status and author. */
    public static boolean may(Actor actor, Story story, StoryAction action) {
        return switch (action) {
            case SUBMIT, WITHDRAW -> isAuthorSide(actor, story);
            case APPROVE -> isDepartmentReviewer(actor, story);
            case RETURN, REJECT -> atDepartmentStep(story) ? isDepartmentReviewer(actor, story) : isEditor(actor, story);
            case TAKE, PUBLISH, SCHEDULE, UNSCHEDULE, UNPUBLISH, REOPEN -> isEditor(actor, story);
            case ARCHIVE -> story.status() == StoryStatus.DRAFT ? isAuthorSide(actor, story) : isEditor(actor, story);
        };
    }

    /** The moves this actor could make now: what the story page offers as buttons. */
    public static List<StoryAction> available(Actor actor, Story story) {
        return Arrays.stream(StoryAction.values())
                .filter(a -> a.startsFrom(story.status(), story.needsDepartmentApproval()))
                .filter(a -> !(a.isApproval() && story.createdBy() == actor.accountId()))
                .filter(a -> may(actor, story, a))
                .toList();
    }

    public static boolean isAuthorSide(Actor actor, Story story) {
        if (story.createdBy() == actor.accountId()) {
            return true;
        }
        if (story.isDepartmentStory()) {
            return actor.grants().stream().anyMatch(g -> g.role().needsDepartment()
                    && story.authorDepartmentId().equals(g.departmentId()) && g.covers(story.authorUnitPath()));
        }
        return actor.may(story.authorUnitPath(), Role.UNIT_OFFICER);
    }

    public static boolean isDepartmentReviewer(Actor actor, Story story) {
        return actor.may(story.authorUnitPath(), Role.LEADERSHIP) || headsReceivingDepartment(actor, story);
    }

    public static boolean isEditor(Actor actor, Story story) {
        return actor.may(story.authorUnitPath(), Role.EDITOR);
    }

    private static boolean headsReceivingDepartment(Actor actor, Story story) {
        Long department = story.departmentId();
        return department != null && actor.grants().stream().anyMatch(g -> heads(g, department, story.authorUnitPath()));
    }

    private static boolean heads(Grant grant, long department, String path) {
        return grant.role() == Role.DEPARTMENT_HEAD && grant.departmentId() != null
                && grant.departmentId() == department && grant.covers(path);
    }

    private static boolean atDepartmentStep(Story story) {
        return story.status() == StoryStatus.SUBMITTED && story.needsDepartmentApproval();
    }
}
