"""Every status, role, kind and frequency that tasks/agencies can show has a label in English
and in Vietnamese (the keys are built at run time, so the catalogue test cannot see them)."""

from __future__ import annotations

from dakplan.i18n.en import EN
from dakplan.i18n.vi import VI
from dakplan.model import AgencyKind, Frequency
from dakplan.query.duties import ROLES
from dakplan.query.status import STATUSES


def test_every_value_shown_has_a_label() -> None:
    keys = [f"status.{s}" for s in STATUSES] + [f"role.{r}" for r in ROLES]
    keys += [f"kind.{k.value}" for k in AgencyKind] + [f"frequency.{f.value}" for f in Frequency]
    assert [k for k in keys if k not in EN or k not in VI] == []
