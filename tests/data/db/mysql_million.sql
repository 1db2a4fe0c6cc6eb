-- A table of one million rows for the sampling tests of `piiscan db` on MySQL/MariaDB
-- (tests/live_db.rs), loaded after mysql_fixture.sql into the test's own database. Every
-- value is generated from the row number, in known shares of the rows: `mobile` holds a
-- mobile number in every row, `contact` an e-mail address in 3 rows of 4 (`n/a` in the
-- others), `note` a mobile number in 1 row of 20 (`no answer` in the others). No real
-- person's data. The rows come from MariaDB's sequence engine (`seq_1_to_1000000`);
-- ANALYZE TABLE gives the estimate the inventory reports.

CREATE TABLE million (
    id INT PRIMARY KEY,
    mobile VARCHAR(20),
    contact VARCHAR(40),
    note VARCHAR(40)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO million
SELECT seq,
       CAST(13000000000 + seq AS CHAR),
       IF(seq MOD 4 = 0, 'n/a', CONCAT('m', seq, '@mail.cn')),
       IF(seq MOD 20 = 0, CONCAT('call ', 15000000000 + seq), 'no answer')
FROM seq_1_to_1000000;
ANALYZE TABLE million;
GRANT SELECT ON million TO 'piiscan_auditor'@'127.0.0.1';
