//! The PostgreSQL password file (`~/.pgpass`, or `PGPASSFILE`), as libpq reads it: lines
//! `hostname:port:database:username:password`, `*` matching anything, `\:` and `\\`
//! escaped, the first matching line winning. Hand-written: the format is five fields,
//! and the `postgres` crate does not read it. As libpq does, a file that others may
//! read (or write) is ignored, with a warning on standard error.

use std::path::PathBuf;

/// Where the password file is: `PGPASSFILE`, else `~/.pgpass`.
pub fn location() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass"))
}

/// The password for `host:port/database` as `user`, from the password file.
pub fn lookup(host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let path = location()?;
    let text = std::fs::read_to_string(&path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            eprintln!(
                "piiscan: warning: password file {} has group or world access; ignored \
                 (chmod 0600 it)",
                path.display()
            );
            return None;
        }
    }
    find(&text, host, port, database, user)
}

/// The first line of `text` that matches.
pub fn find(text: &str, host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    let wanted = [host, port.as_str(), database, user];
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = fields[..4].iter().zip(wanted).all(|(f, w)| f == "*" || f == w);
        if matches {
            return Some(fields[4..].join(":"));
        }
    }
    None
}

/// The fields of a line, `\:` and `\\` unescaped.
fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    fields.last_mut().expect("never empty").push(n);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("never empty").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_matching_line_wins() {
        let text = "# comment\n\
                    db.internal:5432:shop:auditor:first\n\
                    *:*:*:auditor:wild\\:card\n\
                    *:*:*:*:other";
        assert_eq!(find(text, "db.internal", 5432, "shop", "auditor").as_deref(), Some("first"));
        assert_eq!(find(text, "10.0.0.5", 5433, "x", "auditor").as_deref(), Some("wild:card"));
        assert_eq!(find(text, "h", 1, "x", "bob").as_deref(), Some("other"));
        assert_eq!(find("h:1:d:u", "h", 1, "d", "u"), None);
    }
}
