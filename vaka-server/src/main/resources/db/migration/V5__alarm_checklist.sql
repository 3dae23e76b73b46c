-- How each step of an alarm's action instruction went: done, or skipped with a reason. One row per step, written
-- once; the audit trail has the same fact with its time.
create table alarm_step (
    alarm_id   bigint        not null,
    position   integer       not null,
    outcome    varchar(8)    not null,
    reason     varchar(500),
    actor      varchar(254)  not null,
    at         timestamp with time zone not null,
    constraint alarm_step_pk primary key (alarm_id, position)
);
