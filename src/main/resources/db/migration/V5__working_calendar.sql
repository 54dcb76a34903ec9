-- The working calendar of the installation. One working week (a single row) with its daily windows,
-- and per year the days that differ from it. A year's rows are generated from the statutory
-- holidays the first time the year is needed (calendar_year records that); after that, the rows
-- are what counts, as the administrators edit them.
create table calendar_week (
    id                      int         primary key default 1 check (id = 1),
    monday                  boolean     not null,
    tuesday                 boolean     not null,
    wednesday               boolean     not null,
    thursday                boolean     not null,
    friday                  boolean     not null,
    saturday                boolean     not null,
    sunday                  boolean     not null,
    -- the second day off of National Day (2/9): BEFORE = 1/9, AFTER = 3/9
    national_day_companion  varchar(10) not null check (national_day_companion in ('BEFORE', 'AFTER')),
    updated_at              timestamptz not null default now(),
    check (monday or tuesday or wednesday or thursday or friday or saturday or sunday)
);
insert into calendar_week (monday, tuesday, wednesday, thursday, friday, saturday, sunday, national_day_companion)
values (true, true, true, true, true, false, false, 'BEFORE');

-- The daily windows of working time of every working day, from starts_at (included) to ends_at.
create table calendar_window (
    starts_at  time not null primary key,
    ends_at    time not null,
    check (starts_at < ends_at)
);
insert into calendar_window (starts_at, ends_at) values ('07:30', '11:30'), ('13:30', '17:00');

create table calendar_year (
    year          int          primary key check (year between 1800 and 2199),
    generated_at  timestamptz  not null default now(),
    -- null when generated because the year was first needed; the administrator who regenerated it otherwise
    generated_by  varchar(100)
);

-- DAY_OFF: no work on what would be a working day; MAKEUP_WORKDAY: work on what would be a day off.
create table calendar_day (
    day         date         primary key,
    kind        varchar(20)  not null check (kind in ('DAY_OFF', 'MAKEUP_WORKDAY')),
    name        varchar(200) not null check (length(trim(name)) > 0),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
