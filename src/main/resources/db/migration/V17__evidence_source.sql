-- Evidence files become a module of their own, which reads no report table: a file keeps the number of the report it
-- came with (shown when an assessment offers it again), kept current by the report module.
alter table evidence add column source_number varchar(50);
update evidence e set source_number = r.document_number from progress_report r where r.id = e.report_id;
