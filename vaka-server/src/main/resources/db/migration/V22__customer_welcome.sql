-- A new customer's welcome: a link by SMS and e-mail that walks them through confirming their mobile and customer
-- number, the directions to the home, a verification word and the 2-4 people the centre calls. The link is the key,
-- so only the SHA-256 of its token is kept. One welcome per site is live: sending a new one replaces the old.
create table customer_welcome (
    id           varchar(64) not null primary key,
    tenant_id    bigint      not null references tenant (id),
    site_id      bigint      not null references site (id),
    step         varchar(16) not null,
    attempts     integer     not null,
    sent_by      bigint      not null, -- the staff member who sent it
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    completed_at timestamp with time zone
);
create index customer_welcome_site on customer_welcome (tenant_id, site_id);
