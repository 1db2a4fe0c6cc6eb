-- Synthetic schema for the tests of `piiscan db` (tests/live_db.rs), loaded into a fresh
-- PostgreSQL database by the superuser. Every value is generated here: mobile numbers
-- count up from 139 0000 0001, resident ID numbers are built from a fixed area code and
-- a birth date with their GB 11643 check character computed, names come from a fixed
-- list. No real person's data.
--
-- The role piiscan_auditor (created by the test, LOGIN with a password) may read everything
-- but public.secrets (the views included).

CREATE SCHEMA crm;

-- Chinese table and column names, with comments.
CREATE TABLE public."客户表" (
    id integer PRIMARY KEY,
    "姓名" text,
    "手机号" text,
    "身份证号" varchar(18),
    "备注" text
);
COMMENT ON TABLE public."客户表" IS '客户';
INSERT INTO public."客户表"
SELECT i,
       (ARRAY['张伟', '王芳', '李娜', '刘洋', '陈静'])[1 + i % 5],
       (13900000000 + i)::text,
       id17 || substr('10X98765432', (
           SELECT sum(substr(id17, k, 1)::int
                      * (ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])[k])::int
           FROM generate_series(1, 17) AS k) % 11 + 1, 1),
       CASE WHEN i % 4 = 0 THEN NULL ELSE '普通客户' END
FROM (SELECT i, '110105' || to_char(date '1980-01-01' + i * 37, 'YYYYMMDD')
                || lpad((i % 1000)::text, 3, '0') AS id17
      FROM generate_series(1, 40) AS i) AS g;

-- A bigint phone column, a JSONB column, an array column, a bytea column.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text,
    phone bigint,
    profile jsonb,
    tels text[],
    photo bytea,
    score numeric(6, 2)
);
INSERT INTO public.users
SELECT i,
       'user' || i || '@mail.cn',
       13700000000 + i,
       jsonb_build_object('contact', jsonb_build_object('mobile', (13600000000 + i)::text),
                          'level', i % 3),
       ARRAY[(13500000000 + i)::text, (13400000000 + i)::text],
       decode('ffd8ffe000104a464946', 'hex'),
       (i * 1.5)::numeric(6, 2)
FROM generate_series(1, 30) AS i;
UPDATE public.users SET profile = NULL, tels = NULL WHERE id % 10 = 0;

-- Columns whose names say nothing: their comments say what they hold.
CREATE TABLE public.contacts (
    id integer PRIMARY KEY,
    f1 text,
    f2 text
);
COMMENT ON COLUMN public.contacts.f1 IS '姓名';
COMMENT ON COLUMN public.contacts.f2 IS 'customer mobile number';
INSERT INTO public.contacts
SELECT i, (ARRAY['赵磊', '孙丽', '周杰', '吴敏'])[1 + i % 4], (13300000000 + i)::text
FROM generate_series(1, 20) AS i;

-- A second schema.
CREATE TABLE crm.leads (
    id integer PRIMARY KEY,
    contact_email text,
    note text
);
INSERT INTO crm.leads
SELECT i, 'lead' || i || '@corp.cn', 'follow up'
FROM generate_series(1, 12) AS i;

-- A table the auditor may not read.
CREATE TABLE public.secrets (
    id integer PRIMARY KEY,
    mobile text
);
INSERT INTO public.secrets SELECT i, (13800000000 + i * 7)::text FROM generate_series(1, 5) AS i;

-- Views: their rows are their tables', listed but not read again unless --views. The
-- second reads the table the auditor may not read, with its owner's rights: the case of
-- a role that may read only views.
CREATE VIEW public.user_emails AS SELECT id, email FROM public.users;
CREATE VIEW public.secret_mobiles AS SELECT mobile FROM public.secrets;

-- A materialised view: a copy of its rows, read as a table is (pg_dump writes its
-- definition and a REFRESH, not its rows).
CREATE MATERIALIZED VIEW crm.lead_contacts AS SELECT id, contact_email FROM crm.leads;

-- A larger table for sampling: 20 000 rows.
CREATE TABLE public.big (
    id integer PRIMARY KEY,
    mobile text,
    padding text
);
INSERT INTO public.big
SELECT i, (13100000000 + i)::text, repeat('x', 40)
FROM generate_series(1, 20000) AS i;
ANALYZE;

GRANT USAGE ON SCHEMA public, crm TO piiscan_auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA public, crm TO piiscan_auditor;
REVOKE SELECT ON public.secrets FROM piiscan_auditor;
