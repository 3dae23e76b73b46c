-- Life-safety events (fire, panic, duress, medical) the alarm intake raised ahead of the log's order because a
-- storm had put it behind. When the intake's ordinary pass reaches them it skips them (they are counted already) and
-- removes the row, in the same transaction.
create table alarm_ahead (
    signal_id  bigint       not null,
    kind       varchar(24)  not null,
    constraint alarm_ahead_pk primary key (signal_id, kind)
);
