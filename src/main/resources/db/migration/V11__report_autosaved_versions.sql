-- Automatic saves of a report draft are a kind of version of their own: only they are merged into one another, every
-- save by hand stays a version.
alter table report_version drop constraint ck_report_version_event;
alter table report_version add constraint ck_report_version_event
    check (event in ('SAVED', 'AUTOSAVED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REOPENED'));
