//! PostgreSQL (`pg_dump` plain format): `COPY ... FROM stdin` blocks, `--inserts` and
//! `--column-inserts`; standard strings (`''` doubling only), `E'...'` strings with
//! backslash escapes, `$tag$` dollar quotes (function bodies, skipped with their `;`),
//! nesting `/* */` comments, `"quoted"` identifiers, unquoted names folded to lower case.

use super::{Dialect, Parser, SqlParser};

pub(super) const POSTGRES: Dialect = Dialect {
    backslash_escapes: false,
    double_quote_strings: false,
    backticks: false,
    brackets: false,
    hash_comments: false,
    dash_needs_space: false,
    nested_comments: true,
    dollar_quotes: true,
    copy: true,
    delimiter: false,
    replace: false,
    fold_case: true,
    go_batches: false,
};

/// A parser for `pg_dump` plain-format dumps: `COPY` data lines (a row per line, a cell
/// per tab-separated field) and `INSERT` `VALUES` tuples.
pub fn postgres() -> Box<dyn Parser> {
    Box::new(SqlParser::new(POSTGRES))
}

#[cfg(test)]
mod tests {
    use super::super::testutil::parse;
    use super::*;

    /// `pg_dump` 15 plain format, default options (COPY).
    const PG_DUMP: &str = r#"--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit(); Type: FUNCTION; Schema: public; Owner: app
--

CREATE FUNCTION public.audit() RETURNS trigger
    LANGUAGE plpgsql
    AS $_$
BEGIN
  INSERT INTO public.log VALUES ('it''s; $not$ the end', $$x$$);
  RETURN NEW;
END;
$_$;


ALTER FUNCTION public.audit() OWNER TO app;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: users; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.users (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    phone text,
    "Email" text,
    note text DEFAULT 'n/a'::text,
    created_at timestamp with time zone DEFAULT now(),
    CONSTRAINT users_phone_check CHECK ((length(phone) = 11))
);


ALTER TABLE public.users OWNER TO app;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: app
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO app;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

/* a /* nested */ comment; COPY x FROM stdin; */

--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: app
--

COPY public.users (id, name, phone, "Email", note, created_at) FROM stdin;
1	张三	13812345678	zs@example.com	first line\nsecond	2024-01-01 00:00:00+00
2	Tab\there	\N		\\N is not null	2024-01-02 00:00:00+00
3	\.dot	+86 139 1234 5678	\N	back\\slash	\N
\.


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: app
--

SELECT pg_catalog.setval('public.users_id_seq', 3, true);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

"#;

    #[test]
    fn column_comments_are_hints() {
        let input = "CREATE TABLE public.contacts (f1 text, \"F2\" text, f3 text);\n\
            COMMENT ON TABLE public.contacts IS '联系人';\n\
            COMMENT ON COLUMN public.contacts.f1 IS '姓名';\n\
            COMMENT ON COLUMN contacts.\"F2\" IS 'customer''s mobile';\n\
            COMMENT ON COLUMN F3 IS 'no table: not a column comment';\n\
            COMMENT ON COLUMN public.contacts.f1 IS 'a second comment is not kept';\n\
            COPY public.contacts (f1, \"F2\", f3) FROM stdin;\nx\ty\tz\n\\.\n";
        let p = parse(postgres, input.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(p.notes, ["contacts.f1=姓名", "contacts.F2=customer's mobile"]);
        assert_eq!(p.rows(), ["contacts.f1#1 x", "contacts.F2#1 y", "contacts.f3#1 z"]);
    }

    #[test]
    fn pg_dump_copy_blocks() {
        let p = parse(postgres, PG_DUMP.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "users.id#1 1",
                "users.name#1 张三",
                "users.phone#1 13812345678",
                "users.Email#1 zs@example.com",
                r"users.note#1 first line\nsecond",
                "users.created_at#1 2024-01-01 00:00:00+00",
                "users.id#2 2",
                r"users.name#2 Tab\there",
                r"users.phone#2 \N (empty)",
                "users.Email#2  (empty)",
                r"users.note#2 \\N is not null",
                "users.created_at#2 2024-01-02 00:00:00+00",
                "users.id#3 3",
                r"users.name#3 \.dot",
                "users.phone#3 +86 139 1234 5678",
                r"users.Email#3 \N (empty)",
                r"users.note#3 back\\slash",
                r"users.created_at#3 \N (empty)",
            ]
        );
    }

    /// `pg_dump --column-inserts --rows-per-insert=2` and `--inserts`, with
    /// `standard_conforming_strings` strings, an `E''` string, identity columns and
    /// `--on-conflict-do-nothing`.
    const PG_INSERTS: &str = r#"--
-- PostgreSQL database dump
--

SET standard_conforming_strings = on;

CREATE TABLE public."Customers" (
    id integer NOT NULL,
    "full name" text,
    mobile text,
    PRIMARY KEY (id)
);

CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    payload jsonb,
    EXCLUDE USING gist (id WITH =)
);

--
-- Data for Name: Customers; Type: TABLE DATA; Schema: public; Owner: app
--

INSERT INTO public."Customers" (id, "full name", mobile) VALUES
	(1, 'O''Neil', '13912345678'),
	(2, '王 五', NULL);
INSERT INTO public."Customers" (id, "full name", mobile) VALUES
	(3, E'line\nbreak \'q\' \\', '');
INSERT INTO public."Customers" VALUES (4, 'C:\path\', '+86-139-0000-1111') ON CONFLICT DO NOTHING;

--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: app
--

INSERT INTO public.events OVERRIDING SYSTEM VALUE VALUES (1, '{"ip": "10.0.0.1", "note": ");("}');
INSERT INTO public.events (id, payload) OVERRIDING SYSTEM VALUE VALUES (2, '[1, 2]'::jsonb);
INSERT INTO PUBLIC.EVENTS VALUES (3, NULL);

SELECT pg_catalog.setval('public.events_id_seq', 3, true);
"#;

    #[test]
    fn pg_dump_inserts_and_column_inserts() {
        let p = parse(postgres, PG_INSERTS.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "Customers.id#1 1",
                "Customers.full name#1 'O''Neil'",
                "Customers.mobile#1 '13912345678'",
                "Customers.id#2 2",
                "Customers.full name#2 '王 五'",
                "Customers.mobile#2 NULL (empty)",
                "Customers.id#3 3",
                r"Customers.full name#3 E'line\nbreak \'q\' \\'",
                "Customers.mobile#3 '' (empty)",
                "Customers.id#4 4",
                r"Customers.full name#4 'C:\path\'",
                "Customers.mobile#4 '+86-139-0000-1111'",
                "events.id#1 1",
                r#"events.payload#1 '{"ip": "10.0.0.1", "note": ");("}'"#,
                "events.id#2 2",
                "events.payload#2 '[1, 2]'::jsonb",
                "events.id#3 3",
                "events.payload#3 NULL (empty)",
            ]
        );
    }

    #[test]
    fn copy_with_crlf_and_empty_lines() {
        let input = "COPY t (a, b) FROM stdin;\r\n1\tx\r\n\r\n\\N\t\r\n\\.\r\nINSERT INTO t VALUES (9, 'y');\n";
        let p = parse(postgres, input.as_bytes());
        assert_eq!(
            p.rows(),
            [
                "t.a#1 1",
                "t.b#1 x",
                "t.a#2  (empty)",
                "t.a#3 \\N (empty)",
                "t.b#3  (empty)",
                "t.a#4 9",
                "t.b#4 'y'"
            ]
        );
        let at = input.find("\r\n\r\n").unwrap() + 2;
        assert_eq!(p.warned(), [format!("{at}: row has 1 values, table has 2 columns")]);
    }

    #[test]
    fn copy_without_terminator_is_reported() {
        let input = "SET x = 1;\nCOPY public.t (a) FROM stdin;\n1\n2";
        let p = parse(postgres, input.as_bytes());
        assert_eq!(p.rows(), ["t.a#1 1", "t.a#2 2"]);
        assert_eq!(p.warned(), ["11: COPY block without `\\.` terminator"]);
        let p = parse(postgres, b"COPY t FROM stdin;");
        assert_eq!(p.warned(), ["0: COPY block without `\\.` terminator"]);
    }

    #[test]
    fn copy_to_stdout_and_copy_from_file_are_not_data() {
        let input = "COPY t (a) TO stdout;\nCOPY t FROM '/tmp/x.csv';\nCOPY (SELECT 1) TO stdout;\nINSERT INTO t VALUES (1);\n";
        let p = parse(postgres, input.as_bytes());
        // The columns of `COPY t (a) TO stdout` are t's, for want of a CREATE TABLE.
        assert_eq!(p.rows(), ["t.a#1 1"]);
    }

    #[test]
    fn unterminated_dollar_quote_and_comment() {
        let p = parse(postgres, b"SELECT $f$ never closed");
        assert_eq!(p.warned(), ["7: unterminated dollar-quoted string"]);
        let p = parse(postgres, b"/* /* */ still open");
        assert_eq!(p.warned(), ["0: unterminated comment"]);
        let p = parse(postgres, b"SELECT $1, a$b FROM t; INSERT INTO t VALUES ($$$$);");
        assert_eq!(p.rows(), ["t.col_1#1 $$$$ (empty)"]);
    }
}
