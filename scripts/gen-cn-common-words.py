#!/usr/bin/env python3
"""Writes src/validate/data/cn_common_words.txt: common Chinese words that begin with a
surname character, from the dictionary of the jieba word segmenter.

After a bare `name` key (`{name: '安徽'}`, `"name":"连接"`), which names places, chart
series and diagram shapes as often as people, a value that is a common word is no
personal name: the list holds every word of jieba's `dict.txt` that is two or three Han
characters long, starts with a single-character surname of piiscan's list
(src/validate/cn_name.rs, `SURNAMES`), is not tagged as a person's name (`nr`, `nrfg`,
`nrt`) and has a frequency of at least MIN_FREQ in jieba's corpus. Places (`ns`: 安徽,
江西), verbs (连接, 展现) and nouns (平均值) are in it; names the dictionary tags `nr`
(李娜, 高峰, 黎明) are not.

Usage (the version and archive are pinned; the file records them):

    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba
    python3 scripts/gen-cn-common-words.py /tmp/jieba/jieba-0.42.1.tar.gz

jieba is MIT-licensed; the list is a selection of its dictionary's words, used as data.
"""
import hashlib
import os
import re
import sys
import tarfile

ARCHIVE_SHA256 = "055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2"
PACKAGE = "jieba 0.42.1 (PyPI sdist jieba-0.42.1.tar.gz, MIT)"
MIN_FREQ = 50
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "src", "validate", "data", "cn_common_words.txt")


def surnames():
    src = open(os.path.join(ROOT, "src", "validate", "cn_name.rs"), encoding="utf-8").read()
    return set(re.search(r'pub const SURNAMES: &str = "([^"]+)"', src).group(1))


def main(archive):
    digest = hashlib.sha256(open(archive, "rb").read()).hexdigest()
    if digest != ARCHIVE_SHA256:
        sys.exit(f"{archive}: SHA-256 {digest}, expected {ARCHIVE_SHA256}")
    with tarfile.open(archive) as tar:
        lines = tar.extractfile("jieba-0.42.1/jieba/dict.txt").read().decode("utf-8")
    first = surnames()
    words = set()
    for line in lines.splitlines():
        word, freq, tag = line.split()
        if int(freq) < MIN_FREQ or tag.startswith("nr") or not 2 <= len(word) <= 3:
            continue
        if word[0] in first and all("\u4e00" <= c <= "\u9fff" for c in word):
            words.add(word)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(
            f"# Common words beginning with a surname character: jieba's dict.txt words of 2-3\n"
            f"# Han characters, not tagged nr/nrfg/nrt, frequency >= {MIN_FREQ}.\n"
            f"# Written by scripts/gen-cn-common-words.py from {PACKAGE},\n"
            f"# SHA-256 {ARCHIVE_SHA256}.\n"
        )
        for word in sorted(words):
            out.write(word + "\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
