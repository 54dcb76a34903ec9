-- The accountability module's analytics table (as DHIS2's analytics tables): one narrow row per story
-- sent up, with what the quota rules count it by — its author unit, the month of its event and of
-- its first submission (Vietnam time), section, photo, video and how far it went. The compliance
-- dashboard of the whole country reads a year of these (~90,000 rows) through their month indexes
-- instead of scanning the story table and probing story_media for each story (1.7 s a request for
-- the national tree before). The rows are kept by triggers, in the same transaction as the change, so
-- every writer of stories (the newsroom, imports, SQL seeds) keeps them right without knowing of them.
create table story_tally (
    story_id         bigint  primary key references story (id) on delete cascade,
    author_unit_id   bigint  not null,
    event_month      date    not null,
    submitted_month  date    not null,
    section_id       bigint,
    has_photo        boolean not null,
    has_video        boolean not null,
    is_submitted     boolean not null,
    is_accepted      boolean not null,
    is_published     boolean not null
);
-- Covering, so that a year of the country is read from the indexes alone (index-only scans), in month order.
create index story_tally_event_month_idx on story_tally (event_month)
    include (author_unit_id, submitted_month, section_id, has_photo, has_video, is_submitted, is_accepted, is_published);
create index story_tally_submitted_month_idx on story_tally (submitted_month)
    include (author_unit_id, event_month, section_id, has_photo, has_video, is_submitted, is_accepted, is_published);

create function story_tally_refresh(changed_story bigint) returns void language plpgsql as $$
begin
    delete from story_tally where story_id = changed_story;
    insert into story_tally (story_id, author_unit_id, event_month, submitted_month, section_id, has_photo, has_video,
                             is_submitted, is_accepted, is_published)
    select f.story_id, f.author_unit_id, date_trunc('month', f.counted_on_event)::date,
           date_trunc('month', f.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, f.section_id, f.has_photo, f.has_video,
           f.is_submitted, f.is_accepted, f.is_published
    from story_fact f where f.story_id = changed_story;
end $$;

create function story_tally_on_story() returns trigger language plpgsql as $$
begin
    perform story_tally_refresh(new.id);
    return null;
end $$;

create trigger story_tally_story after insert or update of status, submitted_at, event_at, section_id, author_unit_id, published_at
    on story for each row execute function story_tally_on_story();

create function story_tally_on_media() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform story_tally_refresh(new.story_id);
    end if;
    if tg_op = 'DELETE' or old.story_id <> new.story_id then
        perform story_tally_refresh(old.story_id);
    end if;
    return null;
end $$;

create trigger story_tally_media after insert or delete or update of story_id, media_kind
    on story_media for each row execute function story_tally_on_media();

insert into story_tally (story_id, author_unit_id, event_month, submitted_month, section_id, has_photo, has_video,
                         is_submitted, is_accepted, is_published)
select f.story_id, f.author_unit_id, date_trunc('month', f.counted_on_event)::date,
       date_trunc('month', f.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, f.section_id, f.has_photo, f.has_video,
       f.is_submitted, f.is_accepted, f.is_published
from story_fact f;
