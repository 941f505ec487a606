"""The render messages exist in English and Vietnamese with the same placeholders."""

from __future__ import annotations

import string

from dakplan.messages import EN, VI


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_render_keys_in_both_catalogues() -> None:
    en = {k for k in EN if k.startswith("render.")}
    vi = {k for k in VI if k.startswith("render.")}
    assert en == vi and len(en) > 10
    assert {k: fields(EN[k]) for k in en} == {k: fields(VI[k]) for k in vi}
