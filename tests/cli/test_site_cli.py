"""``dakplan site`` through the command line: what it writes, byte for byte the same each run;
the language; the folders it refuses; plan text that stays text."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, small_plan
from dakplan.site import MARKER

AS_OF = ["--as-of", "20/11/2020"]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_builds_the_site_of_a_plan(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run("site", str(PLAN_2020), "-o", str(out), *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"wrote 19 files of the site to {out} (as of 20/11/2020)\n"
    files = _files(out)
    assert sorted(files) == sorted([
        MARKER, "index.html", "search.html", "plans/2020.html", "assets/search-index.js",
        "assets/labels.css",
        "assets/search.js", "assets/site.css",
        *(f"agencies/{code}.html" for code in ["baodl", "btgtu", "btttt", "cttdt", "dptth",
                                                "hdnd", "stttt", "ttxvn", "tu", "ubnd",
                                                "vov", "vtv8"])])
    home = files["index.html"].decode("utf-8")
    assert '<html lang="vi">' in home
    assert "Số liệu tính đến ngày 20/11/2020." in home
    assert "đến hạn từ 20/11/2020 đến 20/12/2020: 2." in home
    plan = files["plans/2020.html"].decode("utf-8")
    assert plan.count('id="doc-') == plan.count('<tr id="task-') == 17
    assert ('<p id="doc-stttt-danh-gia-nam" class="dash">- Trước ngày 15/12/2020, Sở Thông tin'
            in plan)
    assert 'href="#task-stttt-danh-gia-nam">Tình trạng: chưa báo cáo</a></p>' in plan


def test_every_file_is_the_same_run_to_run(run: Any, tmp_path: Path) -> None:
    assert run("site", str(PLAN_2020), "-o", str(tmp_path / "a"), *AS_OF).exit_code == 0
    assert run("site", str(PLAN_2020), "-o", str(tmp_path / "b"), *AS_OF).exit_code == 0
    first = _files(tmp_path / "a")
    assert first == _files(tmp_path / "b")
    assert run("site", str(PLAN_2020), "-o", str(tmp_path / "a"), *AS_OF).exit_code == 0
    assert _files(tmp_path / "a") == first


def test_the_build_day_is_today_in_vietnam_by_default(run: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from dakplan.query import clock

    # 20:00 UTC on 19 November is 03:00 on 20 November in Vietnam.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2020, 11, 19, 20, tzinfo=dt.UTC))
    assert run("site", str(PLAN_2020), "-o", str(tmp_path / "s")).exit_code == 0
    assert "tính đến ngày 20/11/2020" in (tmp_path / "s" / "index.html").read_text("utf-8")


def test_english_with_lang_en(run: Any, tmp_path: Path) -> None:
    result = run("site", str(PLAN_2020), "-o", str(tmp_path / "s"), *AS_OF, "--lang", "en")
    assert result.exit_code == 0
    home = (tmp_path / "s" / "index.html").read_text("utf-8")
    assert '<html lang="en">' in home
    assert "Figures as of 20/11/2020." in home
    assert '<th scope="col">Due</th>' in home
    agency = (tmp_path / "s" / "agencies" / "vov.html").read_text("utf-8")
    assert "lead via BCTW" in agency


def test_vietnamese_whatever_the_messages_language(run: Any, tmp_path: Path) -> None:
    result = run("site", str(PLAN_2020), "-o", str(tmp_path / "s"), *AS_OF,
                 env={"LANG": "en_US.UTF-8"})
    assert result.stdout.startswith("wrote ")
    assert '<html lang="vi">' in (tmp_path / "s" / "index.html").read_text("utf-8")


def test_refuses_a_folder_of_other_files(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("site", str(PLAN_2020), "-o", str(out), *AS_OF)
    assert result.exit_code == 2
    assert result.stderr == (
        f"dakplan: refusing to write the site into {out}: it holds files dakplan did not "
        "write (notes.txt); choose a new or empty folder, or one built by dakplan site "
        "before\n")
    assert _files(out) == {"notes.txt": b"mine"}


def test_refuses_a_folder_of_plans(run: Any, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(PLAN_2020, plans / "2020.yaml")
    result = run("site", str(PLAN_2020), "-o", str(plans), *AS_OF)
    assert result.exit_code == 2
    assert "it holds plans (2020.yaml)" in result.stderr
    result = run("site", str(plans), "-o", str(plans), *AS_OF)
    assert result.exit_code == 2
    assert f"it holds {plans / '2020.yaml'}, which this run reads" in result.stderr
    assert _files(plans) == {"2020.yaml": PLAN_2020.read_bytes()}


def test_refuses_a_file(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "site.html"
    target.write_text("x", encoding="utf-8")
    result = run("site", str(PLAN_2020), "-o", str(target), *AS_OF)
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: cannot write the site to {target}: it is not a folder\n"
    assert target.read_text(encoding="utf-8") == "x"


def test_rebuild_keeps_other_files_and_removes_its_own_stale_pages(
        run: Any, tmp_path: Path, write_plan: Any) -> None:
    out = tmp_path / "site"
    plan = write_plan(small_plan())
    assert run("site", str(plan), "-o", str(out), *AS_OF).exit_code == 0
    assert (out / "agencies" / "syt.html").is_file()
    (out / "CNAME").write_text("plans.example.vn\n", encoding="utf-8")
    (out / "agencies" / "daia.html").write_text("edited by hand", encoding="utf-8")
    data = small_plan()
    data["agencies"] = [a for a in data["agencies"] if a["code"] not in ("SYT", "DAIA")]
    data["groups"][0]["members"] = ["BAOB"]
    write_plan(data)
    result = run("site", str(plan), "-o", str(out), *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert not (out / "agencies" / "syt.html").exists()  # its own page, unchanged: gone
    assert (out / "agencies" / "daia.html").read_text(encoding="utf-8") == "edited by hand"
    assert (out / "CNAME").read_text(encoding="utf-8") == "plans.example.vn\n"


def test_a_marker_not_written_by_dakplan_is_refused(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / MARKER).write_text("something else\n../../etc/passwd\n", encoding="utf-8")
    result = run("site", str(PLAN_2020), "-o", str(out), *AS_OF)
    assert result.exit_code == 2
    assert "it holds files dakplan did not write (.dakplan-site)" in result.stderr


def test_an_invalid_plan_writes_nothing(run: Any, tmp_path: Path, write_plan: Any) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["lead"] = "NOBODY"
    result = run("site", str(write_plan(data)), "-o", str(tmp_path / "s"), *AS_OF)
    assert result.exit_code == 1
    assert "DK201" in result.stderr
    assert not (tmp_path / "s").exists()


def test_a_bad_date_is_a_usage_error(run: Any, tmp_path: Path) -> None:
    result = run("site", str(PLAN_2020), "-o", str(tmp_path / "s"), "--as-of", "30/02/2020")
    assert result.exit_code == 2
    assert "--as-of" in result.stderr
    assert not (tmp_path / "s").exists()


def test_plan_text_stays_text(run: Any, tmp_path: Path, write_plan: Any) -> None:
    data = small_plan()
    hostile = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>'
    data["implementation"][0]["tasks"][0]["text"] = hostile
    data["agencies"][1]["name"] = "Sở <b>Văn hóa</b>"
    out = tmp_path / "s"
    assert run("site", str(write_plan(data)), "-o", str(out), *AS_OF).exit_code == 0
    for name, content in _files(out).items():
        if name.endswith(".html"):
            text = content.decode("utf-8")
            assert "<script>alert" not in text and "<img" not in text and "<b>" not in text
    plan = (out / "plans" / "plan.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in plan
    index = (out / "assets" / "search-index.js").read_text("utf-8")
    assert '"t":"<script>alert(1)</script> \\"quoted\\"' in index  # data, shown by textContent


def test_the_configured_templates_folder_words_the_documents(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kho"
    (root / "plans").mkdir(parents=True)
    shutil.copy(PLAN_2020, root / "plans" / "2020.yaml")
    (root / "mau").mkdir()
    (root / "mau" / "plan.md.j2").write_text("Bản của kho: {{ doc.subject }}\n",
                                             encoding="utf-8")
    (root / "dakplan.toml").write_text('templates = "mau"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    result = run("site", "plans/2020.yaml", "-o", "_site", *AS_OF)
    assert result.exit_code == 0, result.stderr
    page = (root / "_site" / "plans" / "2020.html").read_text(encoding="utf-8")
    assert "<p>Bản của kho: Hợp tác truyền thông giữa UBND tỉnh Đắk Lắk" in page
    assert 'id="doc-' not in page  # no duty's paragraph in it: the table alone links them


def test_a_plan_template_that_reads_the_report_gets_it(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The site leaves the report's figures out of a document whose template does not read
    # them; one that does, through a template it includes, still has them.
    root = tmp_path / "kho"
    (root / "plans").mkdir(parents=True)
    shutil.copy(PLAN_2020, root / "plans" / "2020.yaml")
    (root / "mau").mkdir()
    (root / "mau" / "plan.md.j2").write_text('{% include "_so.md.j2" %}\n', encoding="utf-8")
    (root / "mau" / "_so.md.j2").write_text("Số nhiệm vụ: {{ report.total }}\n",
                                            encoding="utf-8")
    (root / "dakplan.toml").write_text('templates = "mau"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    result = run("site", "plans/2020.yaml", "-o", "_site", *AS_OF)
    assert result.exit_code == 0, result.stderr
    page = (root / "_site" / "plans" / "2020.html").read_text(encoding="utf-8")
    assert "<p>Số nhiệm vụ: 17</p>" in page


FAMILY = sorted((Path(__file__).resolve().parents[1] / "family").glob("*/plan.yaml"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_same_bytes_with_one_process_or_two(run: Any, tmp_path: Path, lang: str) -> None:
    plans = [str(PLAN_2020), *map(str, FAMILY)]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        result = run("--lang", lang, "site", *plans, "-o", str(out), "--as-of", "2024-06-20",
                     "--jobs", jobs)
        assert result.exit_code == 0, result.stderr
        outputs.append((result.stdout.replace(str(out), "OUT"), result.stderr, _files(out)))
    assert outputs[0] == outputs[1]
    assert len(outputs[0][2]) > 40


def test_jobs_must_be_a_number_of_processes(run: Any, tmp_path: Path) -> None:
    result = run("site", str(PLAN_2020), "-o", str(tmp_path / "s"), *AS_OF, "-j", "0")
    assert result.exit_code == 2
    assert "--jobs 0: give a number of processes from 1 to 256" in result.stderr
    assert not (tmp_path / "s").exists()


def test_an_invalid_plan_among_many_stops_the_build_whatever_the_jobs(
        run: Any, tmp_path: Path, write_plan: Any) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["lead"] = "NOBODY"
    bad = write_plan(data)
    plans = [*map(str, FAMILY[:3]), str(bad), *map(str, FAMILY[3:])]
    said = []
    for jobs in ("1", "2"):
        result = run("site", *plans, "-o", str(tmp_path / f"s{jobs}"), *AS_OF, "-j", jobs)
        assert result.exit_code == 1
        assert "DK201" in result.stderr
        assert not (tmp_path / f"s{jobs}").exists()
        said.append(result.stderr)
    assert said[0] == said[1]


def test_each_duty_shows_what_its_results_files_report(run: Any, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(PLAN_2020, root / "plans" / "2020.yaml")
    folder = root / "results" / "2020" / "2020-12"
    folder.mkdir(parents=True)
    (folder / "STTTT.yaml").write_text(
        "dakplan_results: 1\nplan: '2020'\nagency: STTTT\nround: 2020-12\nas_of: 2020-12-15\n"
        "tasks:\n  stttt-danh-gia-nam:\n    status: done\n    completed: 2020-12-10\n"
        "    result: Đã tổ chức hội nghị đánh giá.\n", encoding="utf-8")
    for lang, line in (("vi", "15/12/2020, đợt 2020-12 (STTTT): hoàn thành 10/12/2020: Đã tổ "
                              "chức hội nghị đánh giá."),
                       ("en", "15/12/2020, round 2020-12 (STTTT): done 10/12/2020: Đã tổ "
                              "chức hội nghị đánh giá.")):
        out = tmp_path / f"site-{lang}"
        result = run("--lang", lang, "site", str(root / "plans"), "-o", str(out),
                     "--as-of", "2020-12-16")
        assert result.exit_code == 0, result.stderr
        page = (out / "plans" / "2020.html").read_text(encoding="utf-8")
        row = next(r for r in page.split("\n") if r.startswith('<tr id="task-stttt-danh-gia-nam"'))
        assert f"<li>{line}</li>" in row
        # The duty's paragraph links to that row.
        assert 'href="#task-stttt-danh-gia-nam">' in page


def _overdue_rows(home: str) -> list[tuple[str, str]]:
    """(duty id, what its "due" cell says) of each row of the home page's overdue list."""
    import re

    section = home[home.index('<section aria-labelledby="overdue">'):]
    section = section[:section.index("</section>")]
    return re.findall(r'<tr data-task="([^"]+)"[^>]*><td>([^<]*)</td>', section)


def test_the_home_page_lists_the_most_recently_overdue_and_says_so(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    build = importlib.import_module("dakplan.site.build")  # the package exports a build()
    late = ["--as-of", "30/06/2021"]
    result = run("site", str(PLAN_2020), "-o", str(tmp_path / "all"), *late)
    assert result.exit_code == 0, result.stderr
    home = (tmp_path / "all" / "index.html").read_text(encoding="utf-8")
    every = _overdue_rows(home)
    dated = [row for row in every if row[1][:2].isdigit()]  # "15/12/2020", not "thường xuyên"
    undated = [row for row in every if row not in dated]
    assert len(dated) == 2 and len(undated) > 3 and "gần nhất trong số" not in home
    # At most 1: the one with the latest deadline. At most 4: both dated ones, then the first
    # two of those "throughout" the year, which have no deadline, in the list's order.
    for most, shown in ((1, dated[-1:]), (4, dated + undated[:2])):
        monkeypatch.setattr(build, "HOME_OVERDUE", most)
        few = tmp_path / f"few-{most}"
        result = run("site", str(PLAN_2020), "-o", str(few), *late)
        assert result.exit_code == 0, result.stderr
        home = (few / "index.html").read_text(encoding="utf-8")
        assert _overdue_rows(home) == shown
        assert (f"Dưới đây là {most} nhiệm vụ quá hạn gần nhất trong số {len(every)}. "
                '<a href="#agencies">Trang của từng cơ quan') in home
        # The agencies' pages are not cut: each lists every duty of its own.
        for page in (tmp_path / "all" / "agencies").iterdir():
            assert (few / "agencies" / page.name).read_bytes() == page.read_bytes()
