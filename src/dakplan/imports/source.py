"""A document file -> its paragraphs in reading order, or a clear reason it cannot be read.

Two kinds of input: a Word ``.docx`` (read in ``wordfile``) and plain text or Markdown as
copied out of a PDF. The file's bytes decide which, not its name: a ``.doc`` renamed ``.docx``
is still refused as a ``.doc``. Plain text goes through the loader's own reading (regular files
only, a size bound, UTF-8 only, legacy Vietnamese encodings named), so a TCVN3 text gets the
same message here as a TCVN3 plan.

Markdown marks are taken off here, and remembered: a line wholly in ``**bold**`` is a bold
paragraph, and a ``###`` line a heading of that level, as in Word. Texts keep their words
exactly; only the marks go.
"""

from __future__ import annotations

import os
import re
import stat

from dakplan.i18n import t
from dakplan.i18n.vn import nfc
from dakplan.imports.messages import say
from dakplan.imports.paragraphs import ImportFailure, Para, Source

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The compound-file signature: Word 97-2003 files, and encrypted Office 2007+ files."""


def read_document(path: str | os.PathLike[str]) -> Source:
    """Read ``path`` into paragraphs; raise ``ImportFailure`` when it cannot be read."""
    name = os.fspath(path)
    head = _head(name)
    if head.startswith(OLE_MAGIC):
        encrypted = "EncryptedPackage".encode("utf-16-le") in _head(name, 1 << 20)
        raise ImportFailure(name, say("import.encrypted" if encrypted else "import.doc"))
    if head.startswith(b"{\\rtf"):
        raise ImportFailure(name, say("import.rtf"))
    if head.startswith(b"%PDF"):
        raise ImportFailure(name, say("import.pdf"))
    if head.startswith(b"PK") or name.lower().endswith((".docx", ".docm", ".dotx")):
        from dakplan.imports.wordfile import read_docx

        source = read_docx(name)
    else:
        source = read_text(name)
    if not any(_has_letters(p.text) for p in source.paras):
        raise ImportFailure(name, say("import.empty"))
    return source


def _head(name: str, size: int = 16) -> bytes:
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            raise ImportFailure(name, t("load.not_regular"))  # a pipe would block the read
        with open(name, "rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise ImportFailure(name, say("import.unreadable", reason=exc.strerror or exc)) from None


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def read_text(name: str) -> Source:
    """A plain text or Markdown file, one paragraph per line (blank lines kept, as empty)."""
    from dakplan.io.read import read_source

    raw = _text_with_bom(name)
    if raw is not None:
        return parse_text(name, raw)
    loaded, problems = read_source(name)
    if loaded is None:
        problem = problems[0]
        raise ImportFailure(name, problem.message, problem.line)
    return parse_text(name, loaded.text)


def _text_with_bom(name: str) -> str | None:
    """A UTF-16 text with its byte-order mark (Notepad's "Unicode"), decoded; else None."""
    head = _head(name, 2)
    if head not in (b"\xff\xfe", b"\xfe\xff"):
        return None
    from dakplan.io.read import MAX_BYTES

    with open(name, "rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ImportFailure(name, say("import.too_large", mb=MAX_BYTES // 1024 // 1024))
    try:
        return nfc(raw.decode("utf-16"))
    except UnicodeDecodeError as exc:
        raise ImportFailure(name, say("import.unreadable", reason=exc.reason)) from None


_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+")
_HARD_BREAK = re.compile(r"(?:\\| {2,})$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BOLD = re.compile(r"\*\*\*|\*\*|__")
_FENCE = re.compile(r"^\s*:{3,}(?:\s.*)?$")


def parse_text(name: str, text: str) -> Source:
    """Lines of ``text`` as paragraphs, Markdown marks taken off and their emphasis kept."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    paras: list[Para] = []
    bold_open = italic_open = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if _FENCE.match(raw):  # a fenced div of Pandoc Markdown (":::: header"): layout only
            paras.append(Para("", number))
            continue
        line = _HARD_BREAK.sub("", raw.rstrip("\n"))
        mark = _HEADING_MARK.match(line)
        level = mark.group().count("#") if mark else None
        line = line[mark.end():] if mark else line
        marks = _BOLD.findall(line)
        starts_bold = bold_open or line.lstrip().startswith(("**", "__"))
        starts_italic = italic_open or line.lstrip().startswith("***")
        for mark in marks:
            if mark == "***":
                bold_open, italic_open = not bold_open, not italic_open
            else:
                bold_open = not bold_open
        line = _BOLD.sub("", line)
        line, italic = _single_stars(line)
        line = _ESCAPE.sub(r"\1", line)
        paras.append(Para(line.rstrip(), number, bold=starts_bold,
                          italic=italic or starts_italic, heading=level))
    return Source(name, paras, "line")


def _single_stars(line: str) -> tuple[str, bool]:
    """``*text*`` (italic) -> ``text``; a "* " list mark is left alone."""
    stripped = line.strip()
    if len(stripped) > 2 and stripped.startswith("*") and stripped.endswith("*") \
            and not stripped.startswith("* "):
        return line.replace("*", ""), True
    return line, False
