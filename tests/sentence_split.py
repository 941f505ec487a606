"""The sentences of a document as a person reads it, for tests that a text keeps them all.

Markdown markup is taken off (heading marks, bold, hard-break backslashes), spaces collapsed,
and each line cut after every period that a space follows. Used by the `render plan` tests
and the importer's tests alike, so both count the same 84 sentences in the 2020 source.
"""

from __future__ import annotations

import re


def normalise(line: str) -> str:
    """Markdown markup out (asterisks, heading marks, hard-break backslashes), spaces collapsed."""
    line = line.replace("*", "").strip()
    line = re.sub(r"^#+\s*", "", line)
    line = re.sub(r"\\$", "", line)
    return " ".join(line.split())


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = normalise(line)
        if line:
            out += [s for s in re.split(r"(?<=\.)\s+", line) if s]
    return out
