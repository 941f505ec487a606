"""Where a command's output goes: a file named with ``-o``, or ``-`` for standard output.

A file's suffix must say what it holds (``render plan -o plan.pdf`` would put Markdown in a
.pdf): an unknown or mismatched suffix is a usage error before anything is read. A name with
no suffix is taken as given. Binary output (Word) goes to a pipe or a redirected file, never to
a terminal, where it would be noise that can upset the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from dakplan.errors import UsageError
from dakplan.i18n import t

STDOUT = "-"


def is_stdout(output: Path | str | None) -> bool:
    return output is not None and str(output) == STDOUT


def check_suffix(output: Path | None, suffixes: dict[str, str], fmt: str,
                 option: str = "-o") -> None:
    """A ``UsageError`` when ``output``'s suffix is unknown, or is not one of ``fmt``'s.

    ``suffixes`` maps each suffix the command writes to its format.
    """
    if output is None or is_stdout(output) or not output.suffix:
        return
    suffix = output.suffix.lower()
    known = suffixes.get(suffix)
    fitting = ", ".join(s for s, f in suffixes.items() if f == fmt)
    if known is None:
        raise UsageError(t("cli.bad_suffix", option=option, file=output, suffix=output.suffix,
                           suffixes=", ".join(suffixes)))
    if known != fmt:
        raise UsageError(t("cli.wrong_suffix", option=option, file=output,
                           suffix=output.suffix, format=fmt, suffixes=fitting))


def refuse_terminal(binary: bool, message: str) -> None:
    """A ``UsageError`` when binary output would go to a terminal."""
    if binary and sys.stdout.isatty():
        raise UsageError(message)


def write(output: Path | None, data: bytes, inputs: Iterable[Path] = ()) -> None:
    """``data`` to standard output (``output`` None or ``-``) or, atomically, to the file."""
    if output is None or is_stdout(output):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from dakplan.io.write import replace_file

    replace_file(output, data, inputs)
