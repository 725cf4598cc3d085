-- A published report's snapshot had room for a million characters; a report with detail for
-- several hundred indicators and their charts can need more. It becomes text: unbounded on
-- PostgreSQL, and on H2 its longest character varying (a thousand million characters). The
-- column stays not null.
alter table published_report alter column snapshot set data type text;
