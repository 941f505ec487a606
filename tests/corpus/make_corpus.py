"""Write the corpus of broken and hostile plan files in this folder (issue 6).

    .venv/bin/python tests/corpus/make_corpus.py

The files are committed; this script says how each was made, and makes them again after a
change to the small plan in tests/conftest.py. What each must give (code, line, exit status) is
in expected.txt beside it, which tests/hostile/test_hostile_corpus.py reads.

Most files are the small test plan with one line changed, so that the one problem is the point.
The legacy-encoding files are the same plan in Windows-1258, TCVN3 (ABC) and VNI, made with
dakplan.io.encodings' tables; the UTF-16 files with Python's codecs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from conftest import dump_plan, small_plan  # noqa: E402
from dakplan.io.encodings import encode_cp1258, encode_tcvn3, encode_vni  # noqa: E402

BASE = dump_plan(small_plan())
LINES = BASE.splitlines(keepends=True)
PLACE = next(i for i, line in enumerate(LINES) if line.startswith("  place:"))


def replace_place(value: str) -> str:
    """The small plan with its ``place:`` value (line 7) replaced by ``value``."""
    lines = list(LINES)
    lines[PLACE] = f"  place: {value}\n"
    return "".join(lines)


def billion_laughs(levels: int) -> str:
    names = "abcdefghijklmnopqrstuvwxyz"[:levels]
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        aliases = ",".join(f"*{names[i - 1]}" for _ in range(9))
        lines.append(f"{names[i]}: &{names[i]} [{aliases}]")
    return "\n".join(lines) + "\n"


def block_nesting(levels: int) -> str:
    return "".join(f"{'  ' * i}k{i}:\n" for i in range(levels)) + f"{'  ' * levels}end\n"


TEXT: dict[str, str] = {
    "empty.yaml": "",
    "comments-only.yaml": "# a plan will go here\n\n# but not yet\n",
    "top-level-list.yaml": "# a list is not a plan\n\n- dakplan: 1\n- document: {}\n",
    "top-level-text.yaml": "# text is not a plan\nKế hoạch năm 2030\n",
    "multi-document.yaml": BASE + "---\n" + BASE,
    "multi-document-markers.yaml": "---\n" + BASE + "...\n---\ndakplan: 2\n",
    "billion-laughs.yaml": billion_laughs(9),
    "billion-laughs-1kb.yaml": billion_laughs(26),
    "alias-cycle.yaml": replace_place("&loop [a, *loop]"),
    "alias-undefined.yaml": replace_place("*nowhere"),
    "nesting-flow-100.yaml": replace_place("[" * 100 + "]" * 100),
    "nesting-flow-5000.yaml": replace_place("[" * 5000 + "]" * 5000),
    "nesting-block-70.yaml": block_nesting(70),
    "tag-python-object-apply.yaml": replace_place(
        '!!python/object/apply:os.system ["touch dakplan-was-here"]'),
    "tag-python-object-new.yaml": replace_place("!!python/object/new:os.system [ls]"),
    "tag-python-object.yaml": replace_place("!!python/object:os.PathLike {}"),
    "tag-python-name.yaml": replace_place("!!python/name:os.system"),
    "tag-python-module.yaml": replace_place("!!python/module:os"),
    "tag-binary.yaml": replace_place("!!binary aGVsbG8="),
    "tag-set.yaml": replace_place("!!set {a, b}"),
    "tag-omap.yaml": replace_place("!!omap [a: 1]"),
    "tag-pairs.yaml": replace_place("!!pairs [a: 1]"),
    "tag-local.yaml": replace_place("!include /etc/passwd"),
    "tag-verbatim.yaml": replace_place("!<tag:example.com,2020:x> y"),
    "duplicate-key.yaml": replace_place("Thử Nghiệm\n  place: Thử Nghiệm lần hai"),
    "control-character.yaml": replace_place("Thử \x07Nghiệm"),
    "nul-byte.yaml": replace_place("Thử \x00Nghiệm"),
    # Characters the YAML reader lets through, as escapes or as typed (DK009, not DK001).
    "escape-control.yaml": replace_place('"Thử \\x01Nghiệm"'),
    "escape-nul.yaml": replace_place('"a\\0b"'),
    "escape-noncharacter.yaml": replace_place('"Thử Nghiệm\\uffff"'),
    "escape-surrogate.yaml": replace_place('"Thử \\ud83d\\ude00"'),
    "escape-in-key.yaml": replace_place('Thử Nghiệm\n  "pla\\x1bce": x'),
    "noncharacter.yaml": replace_place("Thử \ufdd0Nghiệm"),
    "tab-indent.yaml": replace_place("Thử Nghiệm\n\tsymbol: KH"),
    "unclosed-quote.yaml": replace_place('"Thử Nghiệm'),
}

BYTES: dict[str, bytes] = {
    "windows-1258.yaml": encode_cp1258(BASE),
    "tcvn3.yaml": encode_tcvn3(BASE),
    "vni.yaml": encode_vni(BASE),
    "utf16-le-bom.yaml": BASE.encode("utf-16"),  # Python writes the BOM, little-endian here
    "utf16-be-bom.yaml": b"\xfe\xff" + BASE.encode("utf-16-be"),
    "utf16-le.yaml": BASE.encode("utf-16-le"),
    "utf16-be.yaml": BASE.encode("utf-16-be"),
    "utf32-le-bom.yaml": b"\xff\xfe\x00\x00" + BASE.encode("utf-32-le"),
    "latin1-after-utf8.yaml": replace_place("Thử Nghiệm").encode() + "Genève\n".encode("latin-1"),
}


def main() -> None:
    for name, text in TEXT.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    for name, raw in BYTES.items():
        (HERE / name).write_bytes(raw)
    print(f"{len(TEXT) + len(BYTES)} files written to {HERE}")


if __name__ == "__main__":
    main()
