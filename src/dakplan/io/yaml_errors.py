"""A YAML parser's complaint, or an unprintable character, as a diagnostic at its line."""

from __future__ import annotations

from typing import Any

import yaml

from dakplan.diagnostics import Diagnostic, Message, Params, make
from dakplan.i18n import printable
from dakplan.io.bounds import MAX_DEPTH
from dakplan.io.locate import LIBYAML, Lines
from dakplan.io.read import Source


def unprintable(ch: str, text: str) -> Params:
    """The parameters of ``load.unprintable`` for an unprintable character ``ch`` in ``text``."""
    pair = printable.surrogate_pair(text) if printable.kind(ch) == "surrogate" else None
    return {"char": printable.code_point(ch), "kind": Message(f"load.kind.{printable.kind(ch)}"),
            "pair": "" if pair is None else Message("load.surrogate_pair", {
                "char": printable.code_point(pair), "escape": printable.escaped(pair)})}


def _mark_diagnostic(code: str, name: str, exc: yaml.MarkedYAMLError, key: str,
                     params: Params | None = None) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    if "end of stream" in str(exc.problem) and exc.context_mark is not None:
        mark = exc.context_mark  # an unclosed quote or bracket: where it opened, not the end
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return make(code, name, line, col, key, params or {})


def _escaped_surrogate(source: Source, mark: Any) -> Diagnostic | None:
    """libyaml refuses half of a surrogate pair written as an escape (``"\\ud83d"``) as a syntax
    error, where PyYAML's own parser lets it into the value: either way it is the finding of
    every other unprintable character, at the escape."""
    text = source.text
    lines = Lines(text)
    at = printable.backslash_before(text, lines.offset(mark))
    if at is None:
        return None
    ch, after = printable.read_escape(text, at)
    if ch is None or printable.kind(ch) != "surrogate":
        return None
    following, _ = printable.read_escape(text, after)
    line, col = lines.line_col(at)
    return make("DK009", source.name, line, col, "load.unprintable",
                unprintable(ch, ch + (following or "")))


def syntax_diagnostic(source: Source, exc: yaml.YAMLError) -> Diagnostic:
    """A parser's complaint as a diagnostic at its line."""
    name = source.name
    if isinstance(exc, yaml.composer.ComposerError) and "single document" in (
        f"{exc.context} {exc.problem}"
    ):
        return _mark_diagnostic("DK005", name, exc, "load.multiple")
    if isinstance(exc, yaml.MarkedYAMLError):
        if "invalid Unicode character escape" in str(exc.problem) and exc.problem_mark:
            found = _escaped_surrogate(source, exc.problem_mark)
            if found is not None:
                return found
        if "maximum nesting depth" in str(exc.problem):  # libyaml's own bound (1000)
            return _mark_diagnostic("DK007", name, exc, "load.too_deep", {"depth": MAX_DEPTH})
        return _mark_diagnostic("DK001", name, exc, "load.syntax",
                                {"problem": str(exc.problem or exc)})
    if isinstance(exc, yaml.reader.ReaderError):  # a control character, with its position
        before = source.text[: exc.position]
        if LIBYAML:  # libyaml counts the position in bytes of UTF-8, PyYAML in characters
            before = source.text.encode("utf-8")[: exc.position].decode("utf-8", "replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        problem = f"character #x{exc.character:04x} is not allowed in YAML"
        return make("DK001", name, line, col, "load.syntax", {"problem": problem})
    return make("DK001", name, 1, 1, "load.syntax", {"problem": str(exc)})
