"""The built site in a real browser (Chromium, headless), opened from file:// as a reader
would open a copied folder: every page loads with no console error and no request beyond the
folder, every link leads to a page and an anchor that exist, search finds duties from an
unaccented query, each agency page lists what ``dakplan tasks --agency CODE -f json`` lists,
the keyboard reaches the content, and nothing is wider than a phone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from typer.testing import CliRunner

import browserkit
from conftest import PLAN_2020, dump_plan, small_plan
from dakplan.cli import app
from dakplan.i18n import set_language

AS_OF = "2020-12-16"


def _build(plans: list[Path], out: Path, *extra: str) -> Path:
    result = CliRunner().invoke(app, ["site", *map(str, plans), "-o", str(out), "--as-of",
                                      AS_OF, *extra], catch_exceptions=False)
    set_language("en")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from browserkit.launch()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build([PLAN_2020], tmp_path_factory.mktemp("site") / "site")


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page that records console errors, uncaught errors and every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.errors = []  # type: ignore[attr-defined]
    opened.requests = []  # type: ignore[attr-defined]
    opened.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    opened.on("pageerror", lambda e: opened.errors.append(str(e)))
    opened.on("requestfailed", lambda r: opened.errors.append(f"failed: {r.url}"))
    opened.on("request", lambda r: opened.requests.append(r.url))
    yield opened
    context.close()


def _path(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def test_every_page_loads_and_every_link_holds(site: Path, page: Any) -> None:
    start = (site / "index.html").as_uri()
    queue, seen, anchors = [start], set(), []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url)
        assert page.errors == [], (url, page.errors)
        for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"):
            target, fragment = urldefrag(href)
            assert target.startswith("file://"), (url, href)
            assert _path(target).is_file(), (url, href)
            if fragment:
                anchors.append((url, target, fragment))
            if target.endswith(".html") and target not in seen:
                queue.append(target)
    pages = {p for p in site.rglob("*.html")}
    assert {_path(u) for u in seen} == pages  # every page is reached from the home page
    for url, target, fragment in anchors:
        if page.url != target:
            page.goto(target)
        assert page.locator(f"[id='{fragment}']").count() == 1, (url, target, fragment)
    assert all(r.startswith("file://") for r in page.requests), page.requests
    assert page.errors == []


def test_search_finds_duties_from_an_unaccented_query(site: Path, page: Any) -> None:
    page.goto((site / "search.html").as_uri())
    page.fill("#q", "so tttt")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert any(link.endswith("agencies/stttt.html") for link in links)
    assert any(link.endswith("plans/2020.html#task-stttt-danh-gia-nam") for link in links)
    page.fill("#q", "HOP BAO DINH KY")
    texts = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.textContent)")
    assert "Họp báo định kỳ" in texts[0]  # the phrase first
    assert page.text_content("#search-status") == f"Tìm thấy {len(texts)} kết quả."
    page.fill("#q", "khong co nhiem vu nao nhu the")
    assert page.text_content("#search-status") == "Không tìm thấy kết quả nào."
    # From the box on every page, by the keyboard: the query goes along in the address.
    page.goto((site / "agencies" / "vov.html").as_uri())
    page.fill("#quick-q", "danh gia rut kinh nghiem")
    page.press("#quick-q", "Enter")
    page.wait_for_selector("#search-results a")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert [link.rsplit("/", 1)[-1] for link in links] == ["2020.html#task-stttt-danh-gia-nam"]
    assert page.errors == []


def test_search_folds_as_dakplan_folds(tmp_path: Path, page: Any) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["text"] = "Gửi BÁO CÁO QUÝ về Sở TT&TT, đúng hạn."
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(data), encoding="utf-8")
    site = _build([plan], tmp_path / "site")
    page.goto((site / "search.html").as_uri() + "?q=bao%20cao%20quy")
    texts = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.textContent)")
    assert texts == ["Gửi BÁO CÁO QUÝ về Sở TT&TT, đúng hạn."]
    for query in ("so tttt", "SỞ TT-TT", "gui bao cao", "dung han"):
        page.fill("#q", query)
        texts = page.eval_on_selector_all("#search-results a",
                                          "els => els.map(a => a.textContent)")
        assert texts == ["Gửi BÁO CÁO QUÝ về Sở TT&TT, đúng hạn."], query


def test_each_agency_page_lists_what_tasks_lists(site: Path, page: Any) -> None:
    runner = CliRunner()
    pages = sorted((site / "agencies").glob("*.html"))
    assert len(pages) == 12
    total = 0
    for agency in pages:
        page.goto(agency.as_uri())
        code = page.text_content("h1 .code").strip("()")
        shown = page.eval_on_selector_all(
            "table.duties tbody tr", "rows => rows.map(r => r.dataset.task)")
        result = runner.invoke(app, ["tasks", "--agency", code, "-f", "json", "--as-of", AS_OF,
                                     str(PLAN_2020)], catch_exceptions=False)
        assert result.exit_code == 0
        listed = [t["id"] for t in json.loads(result.stdout)["tasks"]]
        assert shown == listed, code
        total += len(listed)
    assert total > 50


def test_the_keyboard_reaches_the_content(site: Path, page: Any) -> None:
    page.goto((site / "index.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    assert page.evaluate("document.activeElement.id") == "main"
    headings = page.eval_on_selector_all("h1, h2, h3", "els => els.map(h => +h.tagName[1])")
    assert headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False))


@pytest.mark.parametrize("name", ["index.html", "plans/2020.html", "agencies/stttt.html",
                                  "search.html"])
def test_nothing_is_wider_than_a_phone(site: Path, browser: Any, name: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    opened = context.new_page()
    opened.goto((site / name).as_uri())
    assert opened.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_english_pages(tmp_path: Path, page: Any) -> None:
    site = _build([PLAN_2020], tmp_path / "site", "--lang", "en")
    page.goto((site / "index.html").as_uri())
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("p.as-of") == "Figures as of 16/12/2020."
    assert page.locator("#overdue ~ div table tbody tr").count() == 2
