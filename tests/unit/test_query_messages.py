"""Every message of tasks/agencies exists in English and Vietnamese with the same placeholders,
and every status, role, kind and frequency the output can show has a label in both."""

from __future__ import annotations

import string

from dakplan.messages import EN, VI
from dakplan.model import AgencyKind, Frequency
from dakplan.query import ROLES, STATUSES


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    assert EN.keys() == VI.keys()
    assert {k: placeholders(EN[k]) for k in EN} == {k: placeholders(VI[k]) for k in VI}


def test_every_value_shown_has_a_label() -> None:
    keys = [f"status.{s}" for s in STATUSES] + [f"role.{r}" for r in ROLES]
    keys += [f"kind.{k.value}" for k in AgencyKind] + [f"frequency.{f.value}" for f in Frequency]
    assert [k for k in keys if k not in EN or k not in VI] == []
