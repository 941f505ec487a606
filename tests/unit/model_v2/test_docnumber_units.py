"""Document numbers read with the units checked apart from the regular expressions: the same
answers as the character-class expressions they replace, for any text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dakplan.model.v2 import docnumber

# The expressions as they were, units as a character class (slow to compile, same meaning).
_UNIT = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹa-zđà-ỹ0-9&]*"
STATE = re.compile(rf"^(?P<n>\d+)(?:/(?P<year>\d{{4}}))?/(?P<head>{_UNIT})"
                   rf"(?P<units>(?:-{_UNIT})*)$")
PARTY = re.compile(rf"^(?P<n>\d+)-(?P<type>[A-ZĐ][A-ZĐa-z]*)/(?P<head>{_UNIT})"
                   rf"(?P<units>(?:-{_UNIT})*)$")
SYMBOL = re.compile(rf"^[A-ZĐ][A-ZĐa-z]*(?:-{_UNIT})+$")

ALPHABET = "0123456789/-/- \n\tAZKHQaqzĐđÀàỸỹỺ¿×Éé&_.٣"
TEXT = st.text(alphabet=ALPHABET, max_size=16)


def groups(match: re.Match[str] | None) -> dict[str, str | None] | None:
    return None if match is None else match.groupdict()


@settings(max_examples=3000)
@given(TEXT)
@example("01/NQ-CP")
@example("149-KH/TU")
@example("118/TTr- STTTT")
@example("12/2020/QĐ-UBND\n")
@example("1/2020/ÀB-Ỹ&9")
@example("1/ỹ")
@example("KH-UBND")
@example("KH-UB ND")
def test_the_same_reading_as_the_character_classes(text: str) -> None:
    same(text)


def same(text: str) -> None:
    assert groups(docnumber._match(docnumber._STATE, text)) == groups(STATE.match(text))
    assert groups(docnumber._match(docnumber._PARTY, text)) == groups(PARTY.match(text))
    assert (docnumber._match(docnumber._SYMBOL, text) is None) == (SYMBOL.match(text) is None)


@settings(max_examples=500)
@given(st.one_of(st.from_regex(STATE), st.from_regex(PARTY), st.from_regex(SYMBOL)),
       st.integers(min_value=0, max_value=20), st.sampled_from(ALPHABET))
def test_numbers_of_the_usual_forms_and_their_neighbours(text: str, at: int, char: str) -> None:
    for candidate in (text, text[:at] + char + text[at:], text[:at] + text[at + 1:]):
        same(candidate)
