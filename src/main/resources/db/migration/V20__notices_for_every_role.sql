-- Notices reach more than the coordinators: a unit's officers when Sở Nội vụ returns its appraisal to them, leaders
-- and coordinators when an index's results for a year are published. The latter name an index, not a unit.
alter table notice drop constraint ck_notice_kind;
alter table notice add constraint ck_notice_kind check (kind in ('REPORT_SUBMITTED', 'ASSESSMENT_SENT',
    'APPRAISAL_ANSWERED', 'APPRAISAL_RETURNED', 'RESULTS_PUBLISHED'));
alter table notice alter column unit_name drop not null;
-- an index's results: the index, by its code
alter table notice add column index_code varchar(50);
