-- The search box: plans, tasks, units and reports found by the words typed, with or without diacritics, through
-- full-text indexes. unaccent ships with PostgreSQL's contrib (the official postgres image and the embedded binaries
-- both have it) and is a trusted extension: the database owner may create it.
create extension if not exists unaccent;

-- Text as users type it: lower case, no diacritics (Đ → d), anything but letters and digits a space, so that
-- "6025/KH-UBND" and "II.1.a" are words the box can match one by one. SQL-standard bodies are bound when created,
-- so the indexes below never depend on the search_path of whoever builds or uses them.
create function search_words(text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(lower(unaccent('unaccent', $1)), '[^[:alnum:]]+', ' ', 'g');

-- A plan is cited as "Kế hoạch 6025/KH-UBND": its kind and number weigh most, then its title.
create function plan_search_document(number text, title text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple', search_words('Kế hoạch ' || number)), 'A')
        || setweight(to_tsvector('simple', coalesce(search_words(title), '')), 'B');

create index ix_plan_search on plan using gin (plan_search_document(number, title));

-- A task by its section number ("II.1.a") and its text.
create function task_search_document(section text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple', coalesce(search_words(section), '')), 'A')
        || setweight(to_tsvector('simple', coalesce(search_words(body), '')), 'B');

create index ix_task_search on task using gin (task_search_document(section, text));

-- A unit by its name, short name and code.
create function unit_search_document(code text, name text, short_name text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple', coalesce(search_words(name), '')), 'A')
        || setweight(to_tsvector('simple', coalesce(search_words(short_name), '')), 'A')
        || setweight(to_tsvector('simple', coalesce(search_words(code), '')), 'B');

create index ix_unit_search on unit using gin (unit_search_document(code, name, short_name));

-- A report by its document number ("Báo cáo 3215/STC-VP"); one without a number yet has nothing to be found by.
create function report_search_document(document_number text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('simple', coalesce(search_words('Báo cáo ' || document_number), ''));

create index ix_progress_report_search on progress_report using gin (report_search_document(document_number));
