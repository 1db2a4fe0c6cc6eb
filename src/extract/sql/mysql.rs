//! MySQL and MariaDB (`mysqldump`): backslash escapes in strings, `"..."` strings,
//! backquoted identifiers, `#` comments, `--` comments only before a space, conditional
//! comments `/*!40101 ... */` skipped like any comment, `REPLACE INTO`, and the client's
//! `DELIMITER` blocks (triggers, routines) skipped whole.

use super::{Dialect, Parser, SqlParser};

pub(super) const MYSQL: Dialect = Dialect {
    backslash_escapes: true,
    double_quote_strings: true,
    backticks: true,
    brackets: false,
    hash_comments: true,
    dash_needs_space: true,
    nested_comments: false,
    dollar_quotes: false,
    copy: false,
    delimiter: true,
    replace: true,
    fold_case: false,
    go_batches: false,
};

/// A parser for `mysqldump` / MariaDB dumps: extended `INSERT` (and `REPLACE`,
/// `INSERT IGNORE`) `VALUES` tuples, columns from `CREATE TABLE` or an explicit list.
pub fn mysql() -> Box<dyn Parser> {
    Box::new(SqlParser::new(MYSQL))
}

#[cfg(test)]
mod tests {
    use super::super::testutil::parse;
    use super::*;

    /// `mysqldump` 8.0 (10.13) of two tables, default options.
    const MYSQLDUMP: &str = r#"-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '姓名',
  `phone` char(11) DEFAULT NULL,
  `id_card` varchar(18) DEFAULT NULL,
  `note` text,
  `avatar` blob,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_phone` (`phone`),
  KEY `idx_name` (`name`),
  CONSTRAINT `fk_users_org` FOREIGN KEY (`id`) REFERENCES `orgs` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `users`
--

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES (1,'张三','13812345678','11010519491231002X','O\'Brien said \"hi\"; then ),( left\\\nline 2',_binary '\0\\x\'','2024-01-02 03:04:05'),(2,'李四',NULL,'','',NULL,'2024-01-03 00:00:00'),(3,'Zoë','+86 139-1234-5678',NULL,'a\\b -- not a comment /* nor this */',0x89504E47,'2024-01-04 10:00:00');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `orders`
--

DROP TABLE IF EXISTS `orders`;
CREATE TABLE `orders` (
  `id` bigint unsigned NOT NULL,
  `user_id` int NOT NULL,
  `amount` decimal(10,2) DEFAULT '0.00',
  `ship_to` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_user` (`user_id`),
  FULLTEXT KEY `ft` (`ship_to`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` VALUES (10,1,-12.50,'{\"addr\": \"北京市海淀区\"}'),(11,2,1e3,NULL);
INSERT INTO `orders` VALUES (12,3,0.00,'x');
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-05-01 12:00:00
"#;

    #[test]
    fn column_comments_are_hints() {
        let input = "CREATE TABLE `c` (\n  `id` int NOT NULL COMMENT '编号',\n  \
            `f1` varchar(20) DEFAULT NULL COMMENT '姓名',\n  `f2` varchar(20) COMMENT \"it\\'s a phone\",\n  \
            `f3` decimal(10,2) COMMENT '',\n  KEY `k` (`f1`) COMMENT 'an index, not a column'\n\
            ) ENGINE=InnoDB COMMENT='a table';\nINSERT INTO `c` VALUES (1,'a','b',2.5);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(p.notes, ["c.id=编号", "c.f1=姓名", "c.f2=its a phone"]);
        assert_eq!(p.rows().len(), 4);
    }

    #[test]
    fn mysqldump_extended_inserts() {
        let p = parse(mysql, MYSQLDUMP.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "users.id#1 1",
                "users.name#1 '张三'",
                "users.phone#1 '13812345678'",
                "users.id_card#1 '11010519491231002X'",
                r#"users.note#1 'O\'Brien said \"hi\"; then ),( left\\\nline 2'"#,
                r"users.avatar#1 _binary '\0\\x\''",
                "users.created_at#1 '2024-01-02 03:04:05'",
                "users.id#2 2",
                "users.name#2 '李四'",
                "users.phone#2 NULL (empty)",
                "users.id_card#2 '' (empty)",
                "users.note#2 '' (empty)",
                "users.avatar#2 NULL (empty)",
                "users.created_at#2 '2024-01-03 00:00:00'",
                "users.id#3 3",
                "users.name#3 'Zoë'",
                "users.phone#3 '+86 139-1234-5678'",
                "users.id_card#3 NULL (empty)",
                r"users.note#3 'a\\b -- not a comment /* nor this */'",
                "users.avatar#3 0x89504E47",
                "users.created_at#3 '2024-01-04 10:00:00'",
                "orders.id#1 10",
                "orders.user_id#1 1",
                "orders.amount#1 -12.50",
                r#"orders.ship_to#1 '{\"addr\": \"北京市海淀区\"}'"#,
                "orders.id#2 11",
                "orders.user_id#2 2",
                "orders.amount#2 1e3",
                "orders.ship_to#2 NULL (empty)",
                "orders.id#3 12",
                "orders.user_id#3 3",
                "orders.amount#3 0.00",
                "orders.ship_to#3 'x'",
            ]
        );
    }

    /// MariaDB 10.11 `mysqldump --complete-insert --skip-extended-insert`, with a trigger
    /// in a `DELIMITER` block and `INSERT IGNORE` / `REPLACE` statements added by hand.
    const MARIADB: &str = r#"/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19-10.11.8-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: crm
-- ------------------------------------------------------
-- Server version	10.11.8-MariaDB-0ubuntu0.24.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `contacts`
--

DROP TABLE IF EXISTS `contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `mobile` varchar(20) DEFAULT NULL,
  `key` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `contacts`
--

LOCK TABLES `contacts` WRITE;
/*!40000 ALTER TABLE `contacts` DISABLE KEYS */;
set autocommit=0;
INSERT INTO `contacts` (`id`, `email`, `mobile`, `key`) VALUES (1,'a@example.com','13912345678','k1');
INSERT INTO `contacts` (`email`, `id`) VALUES ('b@example.com',2);
/*!40000 ALTER TABLE `contacts` ENABLE KEYS */;
UNLOCK TABLES;
commit;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `trg` BEFORE INSERT ON `contacts` FOR EACH ROW BEGIN
  INSERT INTO audit VALUES ('not data');
END */;;
DELIMITER ;
INSERT IGNORE INTO `crm`.`contacts` VALUES (3,'c@example.com',NULL,NULL);
REPLACE INTO contacts VALUES (4,"d@example.com",'',"");
# a hash comment with 'quotes
-- Dump completed on 2024-06-01  9:00:00
"#;

    #[test]
    fn mariadb_complete_inserts_and_variants() {
        let p = parse(mysql, MARIADB.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "contacts.id#1 1",
                "contacts.email#1 'a@example.com'",
                "contacts.mobile#1 '13912345678'",
                "contacts.key#1 'k1'",
                "contacts.email#2 'b@example.com'",
                "contacts.id#2 2",
                "contacts.id#3 3",
                "contacts.email#3 'c@example.com'",
                "contacts.mobile#3 NULL (empty)",
                "contacts.key#3 NULL (empty)",
                "contacts.id#4 4",
                "contacts.email#4 \"d@example.com\"",
                "contacts.mobile#4 '' (empty)",
                "contacts.key#4 \"\" (empty)",
            ]
        );
    }

    #[test]
    fn strings_full_of_syntax_and_literals() {
        let input = "CREATE TABLE t (a text, b blob, c int);\n\
                     INSERT INTO t VALUES ('),(\\'','x''y;\n\
                     INSERT',-1),(X'',_utf8mb4'中文',b'0101'),\
                     ('\\\\',N'n',CONCAT('a','b')),(\"\\\"\",0x,NULL);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "t.a#1 '),(\\''",
                "t.b#1 'x''y;\nINSERT'",
                "t.c#1 -1",
                "t.a#2 X'' (empty)",
                "t.b#2 _utf8mb4'中文'",
                "t.c#2 b'0101'",
                "t.a#3 '\\\\'",
                "t.b#3 N'n'",
                "t.c#3 CONCAT('a','b')",
                "t.a#4 \"\\\"\"",
                "t.b#4 0x",
                "t.c#4 NULL (empty)",
            ]
        );
    }

    #[test]
    fn comments_are_never_data() {
        let input = "/*!40101 INSERT INTO t VALUES (1) */;\n\
                     -- INSERT INTO t VALUES (2);\n\
                     # INSERT INTO t VALUES (3);\n\
                     /* INSERT INTO t VALUES (4); */\n\
                     INSERT INTO t VALUES (5 /* five */, 6 -- six\n);\n\
                     INSERT INTO t VALUES (7--1);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(p.rows(), ["t.col_1#1 5", "t.col_2#1 6", "t.col_1#2 7--1"]);
        assert_eq!(
            p.warned(),
            [format!(
                "{}: columns of table t unknown (no CREATE TABLE or column list in this file): \
                 its values are attributed to the table, named by position (col_1...)",
                input.find("(5").unwrap()
            )]
        );
    }

    #[test]
    fn more_values_than_columns_warn_once_per_table() {
        let input = "CREATE TABLE `t` (`a` int);\n\
                     INSERT INTO `t` VALUES (1,2,3),(4,5,6);\n\
                     INSERT INTO `u` VALUES (7);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(
            p.rows(),
            [
                "t.a#1 1",
                "t.col_2#1 2",
                "t.col_3#1 3",
                "t.a#2 4",
                "t.col_2#2 5",
                "t.col_3#2 6",
                "u.col_1#1 7"
            ]
        );
        let at = |s: &str| input.find(s).unwrap();
        assert_eq!(
            p.warned(),
            [
                format!("{}: row has 3 values, table has 1 columns", at("(1,2")),
                format!(
                    "{}: columns of table u unknown (no CREATE TABLE or column list in this \
                     file): its values are attributed to the table, named by position (col_1...)",
                    at("(7")
                ),
            ]
        );
    }

    #[test]
    fn garbage_in_values_resyncs_at_the_next_statement() {
        let input = "CREATE TABLE t (a int, b int);\n\
                     INSERT INTO t VALUES (1,2) junk (3,4);\n\
                     INSERT INTO t VALUES (5,,6);\n\
                     INSERT INTO t VALUES 7;\n\
                     INSERT INTO t VALUES (8,9)\n\
                     INSERT INTO t VALUES (10,11);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(
            p.rows(),
            ["t.a#1 1", "t.b#1 2", "t.a#2 5", "t.a#3 8", "t.b#3 9", "t.a#4 10", "t.b#4 11"]
        );
        let at = |s: &str| input.find(s).unwrap();
        assert_eq!(
            p.warned(),
            [
                format!("{}: expected `,` or `;` after a row", at("junk")),
                format!("{}: empty value in a row", at(",6")),
                format!("{}: expected `(` in VALUES", at("7;")),
                format!("{}: expected `,` or `;` after a row", at("INSERT INTO t VALUES (10")),
            ]
        );
    }

    #[test]
    fn unterminated_string_is_reported_at_its_start() {
        let input = "INSERT INTO t VALUES (1,'abc\\'),(2);\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(p.rows(), ["t.col_1#1 1"]);
        assert_eq!(p.warned(), [format!("{}: unterminated string", input.find("'abc").unwrap())]);
    }

    #[test]
    fn cut_off_statement_keeps_its_finished_values() {
        let input = "INSERT INTO t VALUES (1,'a'),(2,NULL";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(
            p.rows(),
            ["t.col_1#1 1", "t.col_2#1 'a'", "t.col_1#2 2", "t.col_2#2 NULL (empty)"]
        );
        let at = input.find("(2").unwrap();
        assert_eq!(p.warned()[1], format!("{at}: statement cut off at end of input"));
    }

    #[test]
    fn crlf_bom_and_qualified_names() {
        let input = "\u{feff}CREATE TABLE `db`.`t` (\r\n  `x` int\r\n);\r\nINSERT INTO db.t VALUES (1);\r\n";
        let p = parse(mysql, input.as_bytes());
        assert_eq!(p.rows(), ["t.x#1 1"]);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn unclosed_delimiter_block_is_reported() {
        let p = parse(
            mysql,
            b"DELIMITER $$\nCREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (1); END$$\n",
        );
        assert!(p.cells.is_empty());
        assert_eq!(p.warned(), ["0: DELIMITER block not closed"]);
    }
}
