-- A customer registering for the portal: customer number and mobile, a one-time code by SMS, then e-mail and
-- password. The id is the SHA-256 of a random token only the registering browser (or app) holds. Every start is
-- kept, matching a customer or not, so starts can be throttled per number and mobile without telling which match.
create table registration (
    id              varchar(64)  not null primary key,
    tenant_id       bigint,
    customer_id     bigint references customer (id),
    customer_number varchar(20)  not null,
    mobile          varchar(32)  not null,
    code_hash       varchar(100),
    attempts        integer      not null,
    state           varchar(16)  not null,
    email           varchar(254),
    password_hash   varchar(100),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index registration_customer_number on registration (customer_number, created_at);
create index registration_mobile on registration (mobile, created_at);

-- A link sent by e-mail: validating a registration's address or resetting a login's password. Only the SHA-256 of
-- the token is kept; a link works once and until it expires.
create table email_token (
    id              varchar(64)  not null primary key,
    purpose         varchar(20)  not null,
    registration_id varchar(64) references registration (id),
    login_id        bigint references customer_login (id),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone
);
create index email_token_login on email_token (login_id, created_at);
