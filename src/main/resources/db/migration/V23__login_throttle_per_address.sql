-- Failed sign-ins are counted per typed name and per address, so that someone elsewhere cannot lock a person (the
-- administrator included) out by guessing; an attempt is counted before its password is checked, so that guesses sent
-- at once lock as guesses sent one after another do; each lock of a name from an address is twice as long as the one
-- before it (locks), until a sign-in from there succeeds.
drop table login_throttle;

create table login_throttle (
    username      varchar(100) not null,
    address       varchar(64)  not null,
    attempts      integer      not null,
    window_start  timestamptz  not null,
    locked_until  timestamptz,
    locks         integer      not null default 0,
    primary key (username, address)
);
