"""What every output format shares."""

from __future__ import annotations

import json
from typing import TextIO


def dump_json(document: object, stream: TextIO) -> None:
    """The JSON every command writes: UTF-8 text as it is (not \\u escapes), indented, one
    newline at the end."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
