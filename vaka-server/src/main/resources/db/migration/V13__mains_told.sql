-- A power cut is told to the customer once it has lasted a while (a flicker is not news); told_at says it was, and
-- only a told cut gets its restore told.
alter table site_mains_out add column told_at timestamp with time zone;
