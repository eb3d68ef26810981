-- Spring Modulith's event publication registry: one row per event and listener that must handle it after the
-- publishing transaction commits (the mails), completed once that listener has run; the incomplete ones are
-- republished when the application starts again. The PostgreSQL schema shipped in spring-modulith-events-jdbc 2.1.1
-- (org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql); Modulith's own initialisation is off.
create table event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
