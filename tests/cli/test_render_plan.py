"""`dakplan render plan`: the whole Kế hoạch from plans/2020.yaml, in the decree's layout."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import PLAN_2020, ROOT
from sentence_split import normalise, sentences

SOURCE = ROOT / "tests" / "data" / "source-2020.txt"
"""The OCR'd source document (the reference the plan file was transcribed from)."""


def rendered_text(markdown: str) -> str:
    lines = [normalise(line) for line in markdown.splitlines()
             if not re.match(r"^\s*:{3,}", line)]
    return " ".join(line for line in lines if line)


def test_every_sentence_of_the_source_in_order(run) -> None:
    result = run("render", "plan", str(PLAN_2020))
    assert result.exit_code == 0, result.stderr
    text = rendered_text(result.stdout)
    wanted = sentences(SOURCE.read_text(encoding="utf-8"))
    assert len(wanted) == 84  # lines and sentences of the source, headings included
    position = 0
    for sentence in wanted:
        found = text.find(sentence, position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(sentence)


def test_header_and_signature_of_the_decree(run) -> None:
    md = run("render", "plan", str(PLAN_2020)).stdout
    assert md.startswith(
        ":::: header\n::: cell\n**ỦY BAN NHÂN DÂN**\\\n**TỈNH ĐẮK LẮK**\n:::\n::: cell\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\\n**Độc lập - Tự do - Hạnh phúc**\n:::\n"
        "::: cell\nSố: /KH-UBND\n:::\n::: cell\n*Đắk Lắk, ngày  tháng 3 năm 2020*\n:::\n::::\n"
        "\n# KẾ HOẠCH\n\n## Hợp tác truyền thông giữa UBND tỉnh Đắk Lắk")
    assert md.endswith(
        "- Các Phòng, TT: TH, TTCB;\n- Lưu VT, KGVX.\n:::\n::: cell\n**KT. CHỦ TỊCH**\\\n"
        "**PHÓ CHỦ TỊCH**\n\n**Nguyễn Tuấn Hà**\n:::\n::::\n")
    headings = re.findall(r"^#{3,4} .*$", md, flags=re.M)
    assert headings == [
        "### I. MỤC ĐÍCH, YÊU CẦU:", "#### 1. Mục đích", "#### 2. Yêu cầu",
        "### II. NỘI DUNG VÀ HÌNH THỨC TRUYỀN THÔNG:", "#### 1. Nội dung truyền thông",
        "#### 2. Hình thức tuyên truyền", "### III. TỔ CHỨC THỰC HIỆN",
        "#### 1. Các cơ quan báo chí Trung ương: TTXVN, VOV, VTV8",
        "#### 2. Sở Thông tin và Truyền thông",
        "#### 3. Các Sở, ban, ngành và UBND các huyện, thị xã, thành phố",
        "### IV. KINH PHÍ"]
    assert md.count("\n- ") == 2 + 3 + 8 + 4 + 9 + 2 + 2 + 13


def test_sections_are_numbered_from_what_the_plan_has(run, write_plan) -> None:
    from conftest import small_plan

    data = small_plan()  # no purposes, requirements or funding: the sections close up
    md = run("render", "plan", str(write_plan(data))).stdout
    assert re.findall(r"^#{3} .*$", md, flags=re.M) == [
        "### I. NỘI DUNG", "### II. TỔ CHỨC THỰC HIỆN"]
    assert "#### 2. Hình thức truyền thông\n\nBáo hình, Báo điện tử\n" in md
    assert "**TM. ỦY BAN NHÂN DÂN**\\\n**CHỦ TỊCH**" in md


def test_plan_text_is_escaped_in_markdown(run, write_plan) -> None:
    from conftest import small_plan

    data = small_plan()
    data["implementation"][0]["tasks"][1]["text"] = "Ghi *không đậm* và | cột\n# không tiêu đề"
    md = run("render", "plan", str(write_plan(data))).stdout
    assert "- Ghi \\*không đậm\\* và \\| cột # không tiêu đề\n" in md


def test_default_plan_is_the_only_one_under_plans(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("render", "plan").exit_code == 2  # no ./plans
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2020.yaml").write_bytes(PLAN_2020.read_bytes())
    assert run("render", "plan").stdout.startswith(":::: header")
    (tmp_path / "plans" / "2021.yaml").write_bytes(PLAN_2020.read_bytes())
    result = run("render", "plan")
    assert result.exit_code == 2
    assert "name one (dakplan render TEMPLATE PLAN)" in result.stderr


def test_invalid_plan_exits_1(run, write_plan) -> None:
    path = write_plan("dakplan: 1\ndocument: {}\n")
    result = run("render", "plan", str(path))
    assert result.exit_code == 1
    assert "is not a valid plan" in result.stderr
