-- user: who may be told of something, for the notices written in the transaction that sends it, in one statement
-- (an insert of one notice per active coordinator selected here) instead of reading the accounts first.
create view published_account as select id, full_name, email, role, unit_id, active from user_account;
