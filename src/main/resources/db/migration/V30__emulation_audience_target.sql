-- The emulation score's audience criterion (issue 6): each union's yearly target of audience growth,
-- in per cent of the audience at the start of the year; reaching it gives the criterion's full points.
alter table emulation_setting add column audience_growth_target int not null default 20
    check (audience_growth_target between 1 and 1000);
