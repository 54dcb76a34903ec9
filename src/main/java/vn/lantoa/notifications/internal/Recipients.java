package vn.lantoa.notifications.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryStatus;

/**
 * Who must hear of a story event, and what each is told: the rules in one place, as plain code. The
 * people behind each role come from a {@link Lookup}, so the rules are tested without a database.
 * Nobody is told of what they did themselves, and nobody is told twice of one event: where a person
 * fits two rules, the first one (the one that asks them to act) wins.
 */
final class Recipients {

    /** The people a rule may name: from the accounts module and from notifications' own memory of a story. */
    interface Lookup {

        /** Department heads of the department whose grant covers the unit; none when the department is unknown. */
        Set<Long> departmentHeadsOver(Long departmentId, String unitPath);

        Set<Long> leadershipOver(String unitPath);

        Set<Long> editorsOver(String unitPath);

        Set<Long> unitOfficersOver(String unitPath);

        /** Everyone who has commented on the story before. */
        Set<Long> participants(long storyId);

        /** Whether the story went through a department when last submitted; empty if never seen submitted. */
        Optional<Boolean> routedThroughDepartment(long storyId);
    }

    private Recipients() {
    }

    static List<Addressee> of(StoryEvent event, Lookup people) {
        Map<Long, NoticeKind> to = new LinkedHashMap<>();
        collect(event, people, to);
        if (event.actorId() != null) {
            to.remove(event.actorId());
        }
        return to.entrySet().stream().map(e -> new Addressee(e.getKey(), e.getValue())).toList();
    }

    private static void collect(StoryEvent event, Lookup people, Map<Long, NoticeKind> to) {
        StoryEvent.StoryRef story = event.story();
        if (event instanceof StoryEvent.Submitted submitted) {
            boolean viaDepartment = submitted.needsDepartmentApproval();
            add(to, viaDepartment ? approvers(story, people) : editors(story, people), viaDepartment ? NoticeKind.TO_APPROVE : NoticeKind.TO_EDIT);
        } else if (event instanceof StoryEvent.Approved) {
            add(to, editors(story, people), NoticeKind.APPROVED_TO_EDIT);
            add(to, Set.of(story.createdBy()), NoticeKind.APPROVED);
        } else if (event instanceof StoryEvent.Commented) {
            add(to, Set.of(story.createdBy()), NoticeKind.COMMENTED);
            add(to, people.participants(story.id()), NoticeKind.COMMENTED);
        } else if (event instanceof StoryEvent.Stalled stalled) {
            add(to, whoActsAt(stalled.status(), story, people), NoticeKind.STALLED);
        } else {
            add(to, authorSide(story, people), authorNotice(event));
        }
    }

    /** What the author's side is told of a decision on their story. */
    private static NoticeKind authorNotice(StoryEvent event) {
        if (event instanceof StoryEvent.Returned) {
            return NoticeKind.RETURNED;
        }
        if (event instanceof StoryEvent.Rejected) {
            return NoticeKind.REJECTED;
        }
        if (event instanceof StoryEvent.Published) {
            return NoticeKind.PUBLISHED;
        }
        if (event instanceof StoryEvent.Unpublished) {
            return NoticeKind.UNPUBLISHED;
        }
        throw new IllegalArgumentException("No notice rule for " + event.getClass().getSimpleName());
    }

    /** The people who must move a story on from the step it waits at. */
    private static Collection<Long> whoActsAt(StoryStatus status, StoryEvent.StoryRef story, Lookup people) {
        return switch (status) {
            case SUBMITTED -> people.routedThroughDepartment(story.id()).orElse(true) ? approvers(story, people) : editors(story, people);
            case DEPARTMENT_APPROVED, IN_EDITING -> editors(story, people);
            default -> Set.of();
        };
    }

    /**
     * The heads of the receiving department over the author unit; where there is none (no department,
     * or the post is empty), the leadership, who may approve in their place, so the story is not orphaned.
     */
    private static Collection<Long> approvers(StoryEvent.StoryRef story, Lookup people) {
        Set<Long> heads = people.departmentHeadsOver(story.departmentId(), story.authorUnitPath());
        return heads.isEmpty() ? people.leadershipOver(story.authorUnitPath()) : heads;
    }

    private static Collection<Long> editors(StoryEvent.StoryRef story, Lookup people) {
        return people.editorsOver(story.authorUnitPath());
    }

    /** The creator first, then the officers of the author unit, as StoryPermissions.isAuthorSide sees them. */
    private static Collection<Long> authorSide(StoryEvent.StoryRef story, Lookup people) {
        LinkedHashSet<Long> side = new LinkedHashSet<>();
        side.add(story.createdBy());
        side.addAll(people.unitOfficersOver(story.authorUnitPath()));
        return side;
    }

    private static void add(Map<Long, NoticeKind> to, Collection<Long> accounts, NoticeKind kind) {
        accounts.forEach(id -> to.putIfAbsent(id, kind));
    }
}
