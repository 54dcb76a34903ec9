-- The accountability queries join story_fact to the units of a subtree (u.path like :subtree || '%')
-- and bound the stories by a time range. Bound as prepared statements, after five runs PostgreSQL
-- may keep a generic plan that guesses the subtree at a few dozen units and loops over them, each
-- probing the V14 indexes, which lead with the time: every probe then walks the whole range of the
-- country's stories (the national trend took 10 s, the national dashboard 100 s). Leading with the
-- author unit, each probe reads only that unit's stories in the range, whatever plan is chosen.
create index story_fact_unit_submitted_idx on story (author_unit_id, submitted_at) where submitted_at is not null;
create index story_fact_unit_event_idx on story (author_unit_id, (coalesce(event_at, submitted_at at time zone 'Asia/Ho_Chi_Minh')))
    where submitted_at is not null;

-- story_fact.has_video: the video links of a story without a pass over every photo row.
create index story_media_video_idx on story_media (story_id) where media_kind in ('VIDEO', 'VIDEO_LINK');

-- The V14 indexes leading with the time go: with them, the same generic plans loop over the units
-- and AND each unit's stories with a scan of the whole time range (the national cube took 60 s).
-- A subtree of the whole country is read by a sequential scan anyway, a province through the above.
drop index story_fact_submitted_idx;
drop index story_fact_event_idx;

-- Timeliness counts only the major events with a deadline (5 % of the stories): their own small index,
-- so that the country's quarter is not a pass over every story.
create index story_fact_major_idx on story (author_unit_id, (coalesce(event_at, submitted_at at time zone 'Asia/Ho_Chi_Minh')))
    where major_event and reach_deadline is not null and submitted_at is not null;
