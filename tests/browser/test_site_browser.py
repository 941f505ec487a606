"""The built site in a real browser (Chromium, headless), opened from file:// as a reader
would open a copied folder: every page loads with no console error and no request beyond the
folder, every link leads to a page and an anchor that exist, search finds duties from an
unaccented query, each agency page lists what ``dakplan tasks --agency CODE -f json`` lists,
the keyboard reaches the content, and nothing is wider than a phone. Two sites: the one of
plans/2020.yaml, and the one of the plan family (tests/family: five plans of other shapes,
version 2, each file named plan.yaml)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from typer.testing import CliRunner

import browserkit
from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from dakplan.cli import app
from dakplan.i18n import set_language

AS_OF = "2020-12-16"
FAMILY = sorted((ROOT / "tests" / "family").glob("*/plan.yaml"))
SITES = {"2020": ([PLAN_2020], AS_OF), "family": (FAMILY, "2024-06-20")}
"""Each site: its plans and its build day."""


def _build(plans: list[Path], out: Path, *extra: str, as_of: str = AS_OF) -> Path:
    result = CliRunner().invoke(app, ["site", *map(str, plans), "-o", str(out), "--as-of",
                                      as_of, *extra], catch_exceptions=False)
    set_language("en")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from browserkit.launch()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {name: _build(plans, tmp_path_factory.mktemp(name) / "site", as_of=as_of)
            for name, (plans, as_of) in SITES.items()}


@pytest.fixture(scope="module")
def site(built: dict[str, Path]) -> Path:
    return built["2020"]


@pytest.fixture(scope="module", params=list(SITES))
def each(request: pytest.FixtureRequest, built: dict[str, Path]) -> tuple[str, Path]:
    """Each site in turn: its name and folder."""
    return request.param, built[request.param]


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


def test_every_page_loads_and_every_link_holds(each: tuple[str, Path], page: Any) -> None:
    _, site = each
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


def test_search_finds_duties_of_the_family_from_unaccented_queries(
        built: dict[str, Path], page: Any) -> None:
    page.goto((built["family"] / "search.html").as_uri() + "?q=chien%20dich%20sot%20xuat%20huyet")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert links[0].endswith("plans/waived-basis-plan.html#task-ttyt-chien-dich-sxh")
    page.fill("#q", "TO ROI PA NO AP PHICH")
    links = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    assert links[0].endswith("plans/numbered-points-plan.html#task-stttt-to-roi")
    page.fill("#q", "dang ky san pham thong tin doi ngoai")
    texts = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.textContent)")
    assert texts and all("sản phẩm thông tin đối ngoại" in text for text in texts[:2]), texts
    # An agency by the short name people use for it, unaccented.
    page.fill("#q", "so y te")
    kinds = page.eval_on_selector_all("#search-results li", "els => els.map(l => l.textContent)")
    assert any("Sở Y tế" in kind for kind in kinds)
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


def test_each_agency_page_lists_what_tasks_lists(each: tuple[str, Path], page: Any) -> None:
    name, site = each
    plans, as_of = SITES[name]
    runner = CliRunner()
    pages = sorted((site / "agencies").glob("*.html"))
    assert len(pages) == {"2020": 12, "family": 25}[name]
    total = 0
    for agency in pages:
        page.goto(agency.as_uri())
        code = page.text_content("h1 .code").strip("()")
        shown = page.eval_on_selector_all(
            "table.duties tbody tr", "rows => rows.map(r => r.dataset.task)")
        result = runner.invoke(app, ["tasks", "--agency", code, "-f", "json", "--as-of", as_of,
                                     *map(str, plans)], catch_exceptions=False)
        assert result.exit_code == 0
        listed = [t["id"] for t in json.loads(result.stdout)["tasks"]]
        assert shown == listed, code
        # Each row links to its duty on its own plan's page.
        targets = page.eval_on_selector_all(
            "table.duties tbody tr th a", "links => links.map(a => a.href.split('/').pop())")
        files = {Path(t["plan"]).resolve() for t in json.loads(result.stdout)["tasks"]}
        assert len({target.split("#")[0] for target in targets}) == len(files), code
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


@pytest.mark.parametrize(("which", "name"), [
    ("2020", "index.html"), ("2020", "plans/2020.html"), ("2020", "agencies/stttt.html"),
    ("2020", "search.html"), ("family", "index.html"), ("family", "plans/five-year-plan.html"),
    ("family", "plans/arabic-lettered-plan.html"), ("family", "agencies/stttt.html")])
def test_nothing_is_wider_than_a_phone(built: dict[str, Path], browser: Any, which: str,
                                       name: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    opened = context.new_page()
    opened.goto((built[which] / name).as_uri())
    assert opened.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_english_pages(tmp_path: Path, page: Any) -> None:
    site = _build([PLAN_2020], tmp_path / "site", "--lang", "en")
    page.goto((site / "index.html").as_uri())
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("p.as-of") == "Figures as of 16/12/2020."
    assert page.locator("#overdue ~ div table tbody tr").count() == 2
