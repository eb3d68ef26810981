-- What a module lets other modules' SQL read of its tables: a view per table, owned by the module that owns the table,
-- with the columns it publishes. Another module's SQL names these views, never the tables (TableOwnershipTests), so
-- that the owner may change its tables and keep the view.

-- unit
create view published_unit as select id, code, name, short_name, kind, parent_id, active from unit;

-- index
create view published_indicator as select id, index_id, parent_id, code from indicator;
create view published_province as select id, code, name, valid_from, valid_to from province;

-- plan
create view published_plan as
    select id, number, title, issue_date, issuer, first_year, last_year, parent_id, status from plan;
create view published_period as select id, plan_id, label, deadline, covered_year from reporting_period;
create view published_task as select id, plan_id, section, text, deadline, reported, position from task;
create view published_task_unit as select task_id, unit_id, role from task_unit;
create view published_task_indicator as select task_id, indicator_id from task_indicator;
