-- Synthetic schema for the tests of `piiscan db` on MySQL/MariaDB (tests/live_db.rs),
-- loaded into a fresh database by the test's admin account. Every value is generated
-- here: mobile numbers count up from 139 0000 0001, resident ID numbers are built from a
-- fixed area code and a birth date with their GB 11643 check character computed, names
-- come from a fixed list. No real person's data. The account piiscan_auditor (created by
-- the test) is granted SELECT on every table and view but `secrets` (no privilege: the
-- account does not see it) and `intake` (INSERT only).

CREATE TABLE `客户表` (
    id INT PRIMARY KEY,
    `姓名` VARCHAR(20),
    `手机号` VARCHAR(20) COMMENT '手机号',
    `身份证号` CHAR(18),
    `备注` VARCHAR(40)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客户';

INSERT INTO `客户表`
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40),
g AS (SELECT i, CONCAT('110105', DATE_FORMAT(DATE_ADD('1980-01-01', INTERVAL i * 37 DAY), '%Y%m%d'),
                       LPAD(i MOD 1000, 3, '0')) AS id17 FROM s)
SELECT i,
       ELT(1 + i MOD 5, '张伟', '王芳', '李娜', '刘洋', '陈静'),
       CAST(13900000000 + i AS CHAR),
       CONCAT(id17, SUBSTRING('10X98765432', MOD(SUBSTRING(id17, 1, 1) * 7 + SUBSTRING(id17, 2, 1) * 9 + SUBSTRING(id17, 3, 1) * 10 + SUBSTRING(id17, 4, 1) * 5 + SUBSTRING(id17, 5, 1) * 8 + SUBSTRING(id17, 6, 1) * 4 + SUBSTRING(id17, 7, 1) * 2 + SUBSTRING(id17, 8, 1) * 1 + SUBSTRING(id17, 9, 1) * 6 + SUBSTRING(id17, 10, 1) * 3 + SUBSTRING(id17, 11, 1) * 7 + SUBSTRING(id17, 12, 1) * 9 + SUBSTRING(id17, 13, 1) * 10 + SUBSTRING(id17, 14, 1) * 5 + SUBSTRING(id17, 15, 1) * 8 + SUBSTRING(id17, 16, 1) * 4 + SUBSTRING(id17, 17, 1) * 2, 11) + 1, 1)),
       IF(i MOD 4 = 0, NULL, '普通客户')
FROM g;

-- A bigint phone column, a JSON column (text in MariaDB), a blob.
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    email VARCHAR(64),
    phone BIGINT,
    profile JSON,
    photo BLOB,
    score DECIMAL(6, 2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO users
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 30)
SELECT i, CONCAT('user', i, '@mail.cn'), 13700000000 + i,
       IF(i MOD 10 = 0, NULL, JSON_OBJECT('contact', JSON_OBJECT('mobile', CAST(13600000000 + i AS CHAR)))),
       UNHEX('FFD8FFE000104A464946'), i * 1.5
FROM s;

-- Columns whose names say nothing: their comments say what they hold.
CREATE TABLE contacts (
    id INT PRIMARY KEY,
    f1 VARCHAR(20) COMMENT '姓名',
    f2 VARCHAR(20) COMMENT 'customer mobile number'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO contacts
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 20)
SELECT i, ELT(1 + i MOD 4, '赵磊', '孙丽', '周杰', '吴敏'), CAST(13300000000 + i AS CHAR) FROM s;

-- A latin1 table.
CREATE TABLE legacy (
    id INT PRIMARY KEY,
    contact_email VARCHAR(64),
    note VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO legacy
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 12)
SELECT i, CONCAT('lead', i, '@corp.cn'), 'café crème' FROM s;

-- A table the auditor may not read.
CREATE TABLE secrets (
    id INT PRIMARY KEY,
    mobile VARCHAR(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO secrets VALUES (1, '13800000007'), (2, '13800000014');

-- A table the auditor may write but not read (INSERT only): it is in the auditor's
-- information_schema, and reading it fails with the server's reason.
CREATE TABLE intake (
    id INT PRIMARY KEY,
    email VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO intake VALUES (1, 'form1@mail.cn'), (2, 'form2@mail.cn'), (3, 'form3@mail.cn');

-- A view: its rows are its table's, listed but not read again unless --views.
CREATE VIEW user_emails AS SELECT id, email FROM users;

-- A larger table: 20 000 rows.
CREATE TABLE big (
    id INT PRIMARY KEY,
    mobile VARCHAR(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO big
WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 199)
SELECT a.i * 100 + b.i + 1, CAST(13100000001 + a.i * 100 + b.i AS CHAR)
FROM s AS a JOIN s AS b WHERE b.i < 100;
ANALYZE TABLE big;
