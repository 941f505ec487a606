"""Every diagnostic code is catalogued, documented in the README, and used by some code."""

from __future__ import annotations

import re

from conftest import ROOT
from dakplan.diagnostics.codes import CATALOGUE, checks_table

SRC = ROOT / "src" / "dakplan"


def test_every_code_in_the_source_is_catalogued() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        if path.name == "diagnostics.py":
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


def test_every_rule_says_what_why_and_fix() -> None:
    for rule in CATALOGUE.values():
        assert rule.summary and rule.why and rule.fix, rule.code


def test_message_catalogues_have_no_key_twice() -> None:
    # A dict literal silently keeps the last of two equal keys; merges make that easy to miss.
    import ast

    for name in ("en.py", "vi.py"):
        tree = ast.parse((SRC / "i18n" / name).read_text(encoding="utf-8"))
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
