-- Indexes for the newsroom's lists (StoryQueries), measured with bench/newsroom-queue.sh on a province
-- holding 10,000 stories (docs/performance.md). Without them each list read the whole story table,
-- bodies included, once for the count and once for the page.

-- The editors' queue: the in-progress stories (StoryStatus.IN_PROGRESS; the queue writes these
-- statuses into its SQL so that PostgreSQL can prove this predicate) in the queue's order, with the
-- columns its filters and its overdue test read, so that the count and the walk to a page are
-- index-only scans whose cost follows the queue and the page, not the table.
create index story_queue_idx on story (status_since, id)
    include (author_unit_path, section_id, status, reach_deadline, reached_editors_at)
    where status in ('SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED');

-- "The stories of my units" (/newsroom): author_unit_id in (...) next to created_by = me, which
-- story_created_by_idx serves; with both the condition is a BitmapOr instead of a table scan.
create index story_author_unit_idx on story (author_unit_id, updated_at desc);

-- The editorial calendar: the published, unpublished and archived stories by published_at (the
-- scheduled ones have story_publish_at_idx).
create index story_calendar_idx on story (published_at) where status in ('PUBLISHED', 'UNPUBLISHED', 'ARCHIVED');

-- The photo count every list shows: an index-only count instead of a visit to each media row.
create index story_media_photo_idx on story_media (story_id) where media_kind = 'IMAGE';
