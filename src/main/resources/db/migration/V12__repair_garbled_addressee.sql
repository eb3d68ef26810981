-- Until the application read its properties as UTF-8, the default addressee "Sở Nội vụ" reached new reports as its
-- UTF-8 bytes read one by one as Latin-1 ("Sá»Ÿ Ná»™i vá»¥"). Such a text holds only characters up to U+00FF and
-- turns back into what was meant when those characters are taken as bytes again; a text that does not decode as
-- UTF-8 was never garbled this way and is left as it is. Reports and the snapshots of their versions both.
do $$
declare
    garbled constant text := '^[\u0001-\u00ff]*[\u00c2-\u00f4][\u0080-\u00bf][\u0001-\u00ff]*$';
    row record;
begin
    for row in select id, addressee from progress_report where addressee ~ garbled loop
        begin
            update progress_report set addressee = convert_from(convert_to(row.addressee, 'LATIN1'), 'UTF8')
            where id = row.id;
        exception when others then
            null;
        end;
    end loop;
    for row in select id, snapshot ->> 'addressee' as addressee from report_version
               where snapshot ->> 'addressee' ~ garbled loop
        begin
            update report_version
            set snapshot = jsonb_set(snapshot, '{addressee}',
                                     to_jsonb(convert_from(convert_to(row.addressee, 'LATIN1'), 'UTF8')))
            where id = row.id;
        exception when others then
            null;
        end;
    end loop;
end
$$;
