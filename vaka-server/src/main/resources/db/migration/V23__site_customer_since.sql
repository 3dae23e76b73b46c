-- When the site's present customer got it, where it had another before: what happened there earlier is the earlier
-- customer's, and the new one's portal and app begin at this moment. Null: the customer has had it from the start.
alter table site add column customer_since timestamp with time zone;
