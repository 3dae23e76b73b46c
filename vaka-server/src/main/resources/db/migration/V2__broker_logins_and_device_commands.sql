-- A panel's own MQTT login (user name: its account number), for commands and device state.
alter table panel_account add column broker_secret_hash varchar(100);

-- Every command sent down to a panel, who sent it and how it ended: the site's command history.
create table device_command (
    id              varchar(36)  not null primary key,
    tenant_id       bigint       not null,
    site_id         bigint       not null,
    account         varchar(16)  not null,
    type            varchar(16)  not null,
    target          varchar(64),
    issued_by       varchar(254) not null,
    issued_at       timestamp with time zone not null,
    status          varchar(12)  not null,
    refusal         varchar(24),
    reason          varchar(500),
    open_zones      varchar(2000),
    finished_at     timestamp with time zone,
    round_trip_ms   integer
);
create index device_command_site on device_command (site_id, issued_at);
