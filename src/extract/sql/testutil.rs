//! Test helpers: every input is parsed whole and in chunks of every size from 1 to 17
//! bytes, and the cells and warnings must be identical; cells must be ordered, disjoint
//! and inside the input.

use proptest::prelude::*;

use super::super::{Cell, Names, Parser, Warning};

/// A parser's whole output for one input.
pub(super) struct Parsed {
    pub(super) cells: Vec<Cell>,
    pub(super) warnings: Vec<Warning>,
    pub(super) names: Names,
    pub(super) input: Vec<u8>,
    /// Each column comment as `column=comment`, in name order.
    pub(super) notes: Vec<String>,
}

impl Parsed {
    /// Each cell as `table.column#row text`, with ` (empty)` when not `non_empty`.
    pub(super) fn rows(&self) -> Vec<String> {
        self.cells
            .iter()
            .map(|c| {
                let text = String::from_utf8_lossy(&self.input[c.start as usize..c.end as usize]);
                let empty = if c.non_empty { "" } else { " (empty)" };
                let (t, col) = (self.names.get(c.table), self.names.get(c.column));
                format!("{t}.{col}#{} {text}{empty}", c.row)
            })
            .collect()
    }

    /// Each warning as `offset: reason`.
    pub(super) fn warned(&self) -> Vec<String> {
        self.warnings.iter().map(|w| format!("{}: {}", w.offset, w.reason)).collect()
    }
}

/// Feeds `input` in chunks of the given lengths (cycled; the rest in one piece if empty).
pub(super) fn feed(make: Make, input: &[u8], sizes: &[usize]) -> Parsed {
    let mut parser = make();
    let (mut cells, mut warnings) = (Vec::new(), Vec::new());
    let mut at = 0;
    let mut k = 0;
    while at < input.len() {
        let size = if sizes.is_empty() { input.len() } else { sizes[k % sizes.len()].max(1) };
        let end = (at + size).min(input.len());
        parser.feed(&input[at..end], at as u64, &mut cells, &mut warnings);
        at = end;
        k += 1;
    }
    parser.finish(&mut cells, &mut warnings);
    let names = parser.names().clone();
    let ids = 0..names.len() as u32;
    let notes = ids
        .clone()
        .flat_map(|t| ids.clone().map(move |c| (t, c)))
        .filter_map(|(t, c)| {
            let note = parser.note(t, c)?;
            Some(format!("{}.{}={note}", names.get(t), names.get(c)))
        })
        .collect();
    Parsed { cells, warnings, names, input: input.to_vec(), notes }
}

/// Cells ordered by `start`, disjoint, and within `len` bytes.
pub(super) fn check_cells(cells: &[Cell], len: usize) {
    for c in cells {
        assert!(c.start <= c.end && c.end <= len as u64, "cell out of bounds: {c:?}");
    }
    for w in cells.windows(2) {
        assert!(w[0].end <= w[1].start && w[0].start < w[1].start, "cells out of order: {w:?}");
    }
}

fn names_list(names: &Names) -> Vec<String> {
    (0..names.len() as u32).map(|i| names.get(i).to_string()).collect()
}

/// Asserts that two runs agree, cell for cell and warning for warning.
pub(super) fn assert_same(a: &Parsed, b: &Parsed, what: &str) {
    assert_eq!(a.cells, b.cells, "cells differ ({what})");
    assert_eq!(a.warnings, b.warnings, "warnings differ ({what})");
    assert_eq!(names_list(&a.names), names_list(&b.names), "names differ ({what})");
    assert_eq!(a.notes, b.notes, "column comments differ ({what})");
}

/// Parses `input` whole, checks that every chunk size from 1 to 17 gives the same
/// result and that the cells are well formed, and returns the result.
pub(super) fn parse(make: Make, input: &[u8]) -> Parsed {
    let whole = feed(make, input, &[]);
    check_cells(&whole.cells, input.len());
    for size in 1..=17 {
        assert_same(&whole, &feed(make, input, &[size]), &format!("chunks of {size}"));
    }
    whole
}

/// A MySQL dump of one table whose single extended `INSERT` is about `size` bytes on
/// one line; returns it and its number of rows (4 cells each).
pub(super) fn long_insert(size: usize) -> (Vec<u8>, u64) {
    let mut s = b"CREATE TABLE `t` (\n  `id` int,\n  `name` varchar(20),\n  `phone` char(11),\n  \
                  `note` text\n) ENGINE=InnoDB;\nINSERT INTO `t` VALUES "
        .to_vec();
    let mut rows = 0u64;
    while s.len() < size {
        if rows > 0 {
            s.push(b',');
        }
        rows += 1;
        // Every fourth row has a NULL note; the others a note full of dump syntax.
        let note = if rows % 4 == 0 { "NULL" } else { r"'它说：\'好\'),(;\\ \n'" };
        let row = format!("({rows},'张三{rows}','138{:08}',{note})", rows % 100_000_000);
        s.extend_from_slice(row.as_bytes());
    }
    s.extend_from_slice(b";\n");
    (s, rows)
}

/// Fragments that reach deep lexer and statement states when strung together.
const FRAGMENTS: &[&str] = &[
    "INSERT INTO ",
    "REPLACE INTO ",
    "`t` ",
    "\"t\" ",
    "t",
    " VALUES ",
    "VALUES(",
    "(",
    ")",
    ",",
    ";",
    ";\n",
    "\n",
    "'",
    "'a''b'",
    "'x\\'y'",
    "\\",
    "NULL",
    "\\N",
    "\t",
    "E'",
    "X'00'",
    "_binary ",
    "--",
    "-- c\n",
    "/*",
    "*/",
    "/*!40101 x */",
    "#",
    "$$",
    "$a$",
    "$1",
    "CREATE TABLE t (a int, b text);",
    "CREATE TABLE \"t\"(a, PRIMARY KEY(a))",
    "COPY t (a, b) FROM stdin;\n",
    "COPY t FROM stdin;",
    "\\.\n",
    "\\.",
    "\r\n",
    "DELIMITER ;;\n",
    "DELIMITER ;\n",
    "1",
    "-5",
    ".",
    "\u{feff}",
    "张三",
    "[a]",
    " ON CONFLICT DO NOTHING",
    "OVERRIDING SYSTEM VALUE ",
    "public.",
    "IF NOT EXISTS ",
];

fn pick(options: &'static [&'static str]) -> impl Strategy<Value = String> + Clone {
    prop::sample::select(options).prop_map(str::to_string)
}

/// Statement-shaped inputs (`CREATE`, `INSERT`, `COPY`) with junk mixed in, so most
/// runs reach the cell-emitting states.
fn sqlish() -> impl Strategy<Value = Vec<u8>> {
    let junk = prop_oneof![
        3 => pick(FRAGMENTS),
        1 => prop::collection::vec(any::<u8>(), 1..4).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ];
    let value = prop_oneof![
        4 => pick(&["1", "'a'", "'a''b'", "'x\\'y'", "NULL", "E'\\n'", "X'00'", "_binary 'q'",
                    "$$d$$", "-5", "\"s\"", "'),('", "'\n'", "''", "f(1, 2)", "1.5e-3"]),
        1 => junk.clone(),
    ];
    let tuple = prop::collection::vec(value, 0..4).prop_map(|v| format!("({})", v.join(",")));
    let name = pick(&["t", "`t`", "\"t\"", "public.t", "[t]", "u", "db.`u`"]);
    let end = pick(&[";\n", ";", "\n", "", ";\r\n", " ON CONFLICT DO NOTHING;\n"]);
    let insert = (
        pick(&["INSERT INTO ", "REPLACE INTO ", "INSERT IGNORE INTO "]),
        name.clone(),
        pick(&["", " (a, b)", " (a)"]),
        prop::collection::vec(tuple, 0..4),
        end.clone(),
    )
        .prop_map(|(head, name, cols, tuples, end)| {
            format!("{head}{name}{cols} VALUES {}{end}", tuples.join(","))
        });
    let field = pick(&["1", "\\N", "", "a\\tb", "\\.", "\\", "x\r", "中"]);
    let line = prop::collection::vec(field, 1..4).prop_map(|f| f.join("\t"));
    let copy =
        (name.clone(), prop::collection::vec(line, 0..4), pick(&["\\.\n", "", "\\.", "\\.\r\n"]))
            .prop_map(|(name, lines, end)| {
                let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
                format!("COPY {name} (a, b) FROM stdin;\n{body}{end}")
            });
    let create = (name, end).prop_map(|(name, end)| {
        format!("CREATE TABLE {name} (a int, `b` text, PRIMARY KEY (a)){end}")
    });
    let statement = prop_oneof![3 => insert, 1 => copy, 1 => create, 2 => junk];
    prop::collection::vec(statement, 0..8).prop_map(|v| v.concat().into_bytes())
}

/// A constructor of a parser under test.
pub(super) type Make = fn() -> Box<dyn Parser>;

const PARSERS: [(&str, Make); 3] =
    [("mysql", super::mysql), ("postgres", super::postgres), ("sqlite", super::sqlite_dump)];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn any_bytes_any_split_same_cells(
        input in prop_oneof![sqlish(), prop::collection::vec(any::<u8>(), 0..300)],
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        for (name, make) in PARSERS {
            let whole = feed(make, &input, &[]);
            check_cells(&whole.cells, input.len());
            assert_same(&whole, &feed(make, &input, &sizes), name);
            assert_same(&whole, &feed(make, &input, &[1]), name);
        }
    }
}
