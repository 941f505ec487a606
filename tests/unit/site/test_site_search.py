"""The search index (``site.search``): keys folded as dakplan folds names, so that an
unaccented, lower-case query finds Vietnamese text; the script it is written as."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLAN_2020
from dakplan.i18n.vn import fold
from dakplan.site.collect import collect
from dakplan.site.search import VARIABLE, entries, key, script
from dakplan.validate import load_plan_v2

AS_OF = dt.date(2020, 11, 20)


def _found(items: list[dict[str, object]], query: str) -> list[dict[str, object]]:
    """What search.js finds: the folded query, spaces dropped, within the key, spaces dropped,
    from the start of a word; then the entries where each word typed begins a word of the key."""
    words = fold(query).split()
    phrase = "".join(words)

    def from_a_word(text: str) -> bool:
        parts = text.split()
        return any("".join(parts[n:]).startswith(phrase) for n in range(len(parts)))

    whole = [i for i in items if from_a_word(str(i["k"]))]
    some = [i for i in items if i not in whole
            and all(f" {w}" in f" {i['k']}" for w in words)]
    return whole + some


def _index() -> list[dict[str, object]]:
    plans = [(str(PLAN_2020), load_plan_v2(PLAN_2020, "site"))]
    return entries(collect(plans, AS_OF), plans)


def test_keys_ignore_case_diacritics_punctuation_and_spaces() -> None:
    assert key("Sở TT&TT") == "so tt tt"
    assert key("Báo cáo QUÝ", "Đắk Lắk") == "bao cao quy dak lak"
    assert key("so tt tt") == key("SỞ TT-TT")
    items = [{"k": key("Gửi báo cáo quý về Sở TT&TT")}, {"k": key("Họp báo định kỳ")}]
    assert _found(items, "so tttt") == _found(items, "bao cao quy") == items[:1]
    assert _found(items, "dinh ky hop") == items[1:]
    assert _found(items, "inh") == []  # words are matched from their start


# Marks after spaces, spaces of every kind, letters that casefold to several, punctuation.
_TRICKY = " \t\n\u00a0\u2003\u3000\u0301\u0323\u0306ß\u0130ǅﬀđĐ&-_.·\u200b\x1c\x85"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=12),
                min_size=1, max_size=4))
def test_a_key_is_the_fold_of_the_texts_joined(texts: list[str]) -> None:
    assert key(*texts) == fold(" ".join(texts))


def test_an_unaccented_query_finds_duties_and_agencies() -> None:
    items = _index()
    found = _found(items, "so tttt")
    assert {"c": "agency", "t": "Sở Thông tin và Truyền thông (STTTT)",
            "u": "agencies/stttt.html"}.items() <= found[0].items() or any(
        i["u"] == "agencies/stttt.html" for i in found)
    duties = [i for i in found if i["c"] == "duty"]
    assert "plans/2020.html#task-stttt-danh-gia-nam" in [i["u"] for i in duties]
    assert [i["u"] for i in _found(items, "danh gia rut kinh nghiem")] == [
        "plans/2020.html#task-stttt-danh-gia-nam"]
    assert _found(items, "khong co gi nhu the nay") == []


def test_every_duty_plan_and_agency_is_in_the_index() -> None:
    items = _index()
    kinds = [i["c"] for i in items]
    assert kinds.count("plan") == 1
    assert kinds.count("duty") == len(list(load_plan_v2(PLAN_2020, "site").located_duties()))
    assert kinds.count("agency") == 12


def test_the_index_is_a_script_that_sets_one_variable() -> None:
    items = [{"c": "duty", "k": "baocaoquy", "t": "Báo cáo quý </script>", "u": "plans/a.html",
              "m": ""}]
    text = script(items, AS_OF).decode("utf-8")
    assert text.startswith("/* dakplan search index, as of 20/11/2020 */\n")
    head, _, rest = text.partition(f"window.{VARIABLE} = ")
    assert json.loads(rest.rstrip().rstrip(";")) == {"entries": items}
    assert "Báo cáo quý" in text  # Vietnamese as it is, not \\u escapes
