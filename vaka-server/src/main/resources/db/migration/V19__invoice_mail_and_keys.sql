-- Invoices sent by e-mail to customers who pay by e-mail invoice: when each went out.
alter table invoice add column emailed_at timestamp with time zone;

-- Keys the centre holds for a site whose contract has ended must be destroyed, and the destruction recorded.
create table key_destruction (
    contract_id   bigint        not null primary key,
    tenant_id     bigint        not null,
    site_id       bigint        not null,
    due_on        date          not null,
    destroyed_on  date,
    destroyed_by  varchar(254)
);
create index key_destruction_tenant on key_destruction (tenant_id, destroyed_on);
