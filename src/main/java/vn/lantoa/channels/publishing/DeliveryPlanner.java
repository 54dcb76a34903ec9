package vn.lantoa.channels.publishing;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryTargets;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Decides where a story goes when it is published (after the commit), once: one delivery per target
 * channel, never a second for the same story and channel, so a re-publication after an unpublish posts
 * nothing again. Unpublishing withdraws what was not posted yet; publishing again puts it back in line.
 * <ul>
 * <li>Fanpage: the Facebook Pages of the <b>publishing union</b> (the province whose editors publish the
 * story and whose portal shows it) that are connected (or were, and failed since: the delivery then
 * shows why). A commune's own page is not posted to by the platform: the commune did not choose this
 * story's wording, and shares the union's post itself (seed 001: the Tuyên giáo department publishes
 * to the portal, the fanpage and the group).</li>
 * <li>Group: the Facebook groups and personal Zalo groups (no API for either) of the author unit and of
 * the publishing union, into the "ready to post" queue of their moderators.</li>
 * </ul>
 */
@Component
class DeliveryPlanner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

    private final StoryTargets targets;
    private final OrgDirectory org;
    private final Deliveries deliveries;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryPlanner(StoryTargets targets, OrgDirectory org, Deliveries deliveries, JdbcClient jdbc, Clock clock) {
        this.targets = targets;
        this.org = org;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StoryEvent event) {
        if (event instanceof StoryEvent.Published published) {
            plan(published.story().id(), published.story().authorUnitId());
        } else if (event instanceof StoryEvent.Unpublished unpublished) {
            deliveries.withdraw(unpublished.story().id());
        }
    }

    /** Creates the story's deliveries; returns how many are new. */
    int plan(long storyId, long authorUnitId) {
        StoryTargets.Targets wanted = targets.ofPublished(storyId).orElse(null);
        if (wanted == null || !wanted.anyChannel()) {
            return 0;
        }
        deliveries.reopenWithdrawn(storyId, clock.instant());
        long union = publishingUnion(authorUnitId);
        int created = 0;
        if (wanted.toFanpage()) {
            for (long page : connectedPages(union)) {
                created += deliveries.create(storyId, page, false, clock.instant()) ? 1 : 0;
            }
        }
        if (wanted.toGroup()) {
            for (long group : groups(Set.of(union, authorUnitId))) {
                created += deliveries.create(storyId, group, true, clock.instant()) ? 1 : 0;
            }
        }
        log.info("Story {} published: {} new channel deliveries", storyId, created);
        return created;
    }

    /** The union that publishes the author unit's stories: its province (the unit itself at the top). */
    long publishingUnion(long authorUnitId) {
        return org.provinceOf(authorUnitId).map(UnitRef::id).orElse(authorUnitId);
    }

    List<Long> connectedPages(long unitId) {
        return jdbc.sql("""
                select c.id from channel c join channel_connection k on k.channel_id = c.id
                 where c.unit_id = :unit and c.active and c.kind = 'FACEBOOK_PAGE' and k.platform = 'FACEBOOK'
                   and k.status <> 'DISCONNECTED' order by c.id""")
                .param("unit", unitId).query(Long.class).list();
    }

    private List<Long> groups(Set<Long> unitIds) {
        return jdbc.sql("""
                select c.id from channel c where c.unit_id in (:units) and c.active and c.kind in ('FACEBOOK_GROUP', 'ZALO_GROUP')
                 order by c.id""")
                .param("units", unitIds).query(Long.class).list();
    }
}
