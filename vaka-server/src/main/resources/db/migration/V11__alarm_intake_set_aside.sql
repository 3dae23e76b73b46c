-- Signals the alarm intake could not turn into alarms, even alone and after retries. Set aside so one bad row
-- cannot stall the alarms of every signal behind it; kept here (and in the signal log) for a person to look at.
create table alarm_intake_failure (
    signal_id  bigint         not null primary key,
    failed_at  timestamp with time zone not null,
    error      varchar(1000)  not null
);
