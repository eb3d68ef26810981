-- A unit's report carries what its signed document carries (seed 000): the subject line under the number ("V/v …"),
-- who signs it (title, possibly on two lines such as "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC", and name), and the
-- distribution list ("Nơi nhận", one recipient a line). All optional until the unit fills them in.
alter table progress_report
    add column subject      varchar(500),
    add column signer_title varchar(255),
    add column signer_name  varchar(255),
    add column recipients   varchar(2000);

-- The signed document itself is a PDF attached to the report as a whole: an evidence file with its report and no
-- task. An entry's file has both, an assessment's file neither. A replaced or removed one stays (removed_at) for the
-- versions that listed it; a report has at most one current.
alter table evidence drop constraint ck_evidence_report;
alter table evidence add constraint ck_evidence_report check (report_id is not null or task_id is null);
create unique index ux_evidence_signed_document on evidence (report_id)
    where task_id is null and report_id is not null and removed_at is null;
