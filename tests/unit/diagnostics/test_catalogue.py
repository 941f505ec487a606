"""Every diagnostic code is catalogued, documented in the README, and used by some code; every
rule is explained and worded in both languages."""

from __future__ import annotations

import re
import string

import pytest

from conftest import ROOT
from dakplan.diagnostics import Diagnostic, Message, Severity
from dakplan.diagnostics.codes import CATALOGUE, MESSAGES, checks_table
from dakplan.i18n import set_language
from dakplan.i18n.en import EN

SRC = ROOT / "src" / "dakplan"


def test_every_code_in_the_source_is_catalogued() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        if path.relative_to(SRC).as_posix() == "diagnostics/codes.py":
            continue
        used |= set(re.findall(r'"(DK\d{3})"', path.read_text(encoding="utf-8")))
    assert used <= set(CATALOGUE)
    assert set(CATALOGUE) <= used, "a catalogued code that nothing reports"


def test_readme_lists_every_check() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert checks_table() in readme, (
        "README's table of checks is out of date: paste the output of "
        "`python -c 'from dakplan.diagnostics.codes import checks_table; print(checks_table())'`"
    )


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_rule_says_what_why_and_fix_in_both_languages(code: str) -> None:
    rule = CATALOGUE[code]
    for part in ("summary", "why", "fix"):
        english, vietnamese = rule.text(part, "en"), rule.text(part, "vi")
        assert english and vietnamese and vietnamese != english, (code, part)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_rule_words_its_findings_in_both_languages(code: str) -> None:
    messages = CATALOGUE[code].messages
    assert messages, f"{code}: its entry names no message for its findings"
    for key, (english, vietnamese) in messages.items():
        assert _fields(english) == _fields(vietnamese), (code, key)
        words = re.sub(r"\{[^}]*\}", "", english)
        assert english and vietnamese, (code, key)
        assert vietnamese != english or not re.search(r"[a-z]{2}", words), (code, key)


def test_a_message_is_worded_in_one_place() -> None:
    keys = [key for rule in CATALOGUE.values() for key in rule.messages]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
    assert sorted(set(MESSAGES) & set(EN)) == []


def test_every_message_key_in_the_source_is_catalogued() -> None:
    # A finding names its message by key; a misspelt key would fail only when it is shown.
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        used |= set(re.findall(r'"((?:load|schema|check|model|type)\.[a-z_.]+)"',
                               path.read_text(encoding="utf-8")))
    used = {k for k in used if not k.endswith(".")}
    assert sorted(k for k in used if k not in MESSAGES and k not in EN) == []


def test_a_finding_is_worded_when_shown_in_the_language_of_then() -> None:
    d = Diagnostic("f.yaml", 3, 5, "DK102", Severity.ERROR, "schema.unknown",
                   {"key": "plcae", "hint": Message("schema.hint", {"near": "place"})})
    assert d.message == "unknown key 'plcae' (did you mean 'place'?)"
    set_language("vi")
    try:
        assert d.message == "khóa không hợp lệ 'plcae' (có phải là 'place'?)"
        assert d.render("en") == "unknown key 'plcae' (did you mean 'place'?)"
    finally:
        set_language("en")


def test_message_catalogues_have_no_key_twice() -> None:
    # A dict literal silently keeps the last of two equal keys; merges make that easy to miss.
    import ast

    for name in ("i18n/en.py", "i18n/vi.py", "diagnostics/codes.py"):
        tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert sorted({k for k in keys if keys.count(k) > 1}) == [], name


def test_every_subpackage_is_installed() -> None:
    # pyproject.toml lists the packages by hand (templates/ is mapped into the package), so a
    # new subpackage that is not listed would be missing from `pip install .`.
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(SRC.parent).parts) for p in SRC.rglob("__init__.py")}
    assert found | {"dakplan.templates"} == listed
    assert (ROOT / "templates" / "plan.md.j2").is_file()
