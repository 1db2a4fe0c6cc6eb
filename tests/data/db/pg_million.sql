-- A table of one million rows for the sampling tests of `piiscan db` (tests/live_db.rs),
-- loaded after pg_fixture.sql into the test's own database. Every value is generated
-- from the row number, in known shares of the rows: `mobile` holds a mobile number in
-- every row, `contact` an e-mail address in 3 rows of 4 (`n/a` in the others), `note` a
-- mobile number in 1 row of 20 (`no answer` in the others). No real person's data.
-- Unlogged (no write-ahead log) and without an index, so that it loads in seconds;
-- ANALYZE gives the planner's estimate the inventory reports.

CREATE UNLOGGED TABLE public.million (
    id integer,
    mobile text,
    contact text,
    note text
);
INSERT INTO public.million
SELECT i,
       (13000000000 + i)::text,
       CASE WHEN i % 4 = 0 THEN 'n/a' ELSE 'm' || i || '@mail.cn' END,
       CASE WHEN i % 20 = 0 THEN 'call ' || (15000000000 + i)::text ELSE 'no answer' END
FROM generate_series(1, 1000000) AS i;
ANALYZE public.million;
GRANT SELECT ON public.million TO piiscan_auditor;
