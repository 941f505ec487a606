"""`dakplan render report` and `dakplan render agency`: figures and duties as the plan has them."""

from __future__ import annotations

from conftest import EXAMPLES, PLAN_2020, small_plan

PROGRESS = EXAMPLES / "progress" / "2030.yaml"


STATUS_ROWS = ("| Hoàn thành đúng hạn | {} |\n| Hoàn thành quá hạn | {} |\n"
               "| Đang thực hiện trong hạn | {} |\n| Đang thực hiện quá hạn | {} |\n"
               "| Chưa thực hiện | {} |\n| Đã hủy | {} |\n| Chưa báo cáo | {} |\n"
               "| **Tổng số** | **{}** |\n"
               "| *Trong đó quá hạn (chưa hoàn thành khi đã hết hạn)* | *{}* |\n")


def test_report_of_the_2020_plan_has_no_results(run) -> None:
    md = run("render", "report", str(PLAN_2020)).stdout
    assert "Số: /BC-UBND" in md
    assert "## Kết quả thực hiện Kế hoạch hợp tác truyền thông giữa UBND tỉnh Đắk Lắk" in md
    # "overdue" is a part of the total, under it, not a status beside the others
    assert STATUS_ROWS.format(0, 0, 0, 0, 0, 0, 17, 17, 2) in md
    assert md.count("| Chưa báo cáo |\n") == 15  # every task row, nothing reported
    assert md.count("Chưa báo cáo, **quá hạn** |") == 2
    assert "Tỷ lệ hoàn thành đúng hạn: 0% " in md  # two past their deadline, none done
    assert "Chưa có hợp đồng, khoản chi nào được báo cáo." in md
    assert md.count("Chưa có nội dung báo cáo.") == 3
    assert "Kết quả theo năm" not in md  # a one-year plan
    assert "](data:image" not in md  # nothing reported, nothing to draw


def test_overdue_only_after_the_deadline(run) -> None:
    on_the_day = run("render", "report", str(PLAN_2020), "--as-of", "15/12/2020").stdout
    assert STATUS_ROWS.format(0, 0, 0, 0, 0, 0, 17, 17, 0) in on_the_day
    assert "quá hạn**" not in on_the_day
    assert "Tỷ lệ hoàn thành đúng hạn: — " in on_the_day  # nothing done nor due yet
    after = run("render", "report", str(PLAN_2020), "--as-of", "2020-12-16").stdout
    assert STATUS_ROWS.format(0, 0, 0, 0, 0, 0, 17, 17, 2) in after
    assert "tình hình thực hiện đến ngày 16 tháng 12 năm 2020 như sau:" in after


def test_bad_as_of_is_a_usage_error(run) -> None:
    result = run("render", "report", str(PLAN_2020), "--as-of", "30/02/2020")
    assert result.exit_code == 2
    # Read as every command reads a date option (dakplan.query.options.parse_option_date).
    assert result.stderr == "dakplan: --as-of: '30/02/2020' is not a date that exists\n"


def test_report_figures_match_the_fixture(run) -> None:
    result = run("render", "report", str(PROGRESS))
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    # statuses: svh-phim done on 10/05, due 30/06; svh-bai-viet in progress (standing: due at
    # the period's end); depts-phoi-hop has progress but no status (in progress);
    # svh-hoi-thao not started and overdue; svh-le-hoi cancelled; press-bao-cao not reported
    # and overdue (as of the period's end, 31/12/2030)
    assert STATUS_ROWS.format(1, 0, 2, 0, 1, 1, 1, 6, 2) in md
    # on time: 1 of the 1 done and the 2 past their deadline
    assert "Tỷ lệ hoàn thành đúng hạn: 33% " in md
    assert ("| 1 | Làm phim quảng bá du lịch. | Sở Văn hóa, Thể thao và Du lịch | trước ngày "
            "30/06/2030 | Hoàn thành đúng hạn ngày 10/05/2030: *Phát sóng 12 phóng sự* |") in md
    assert ("| 3 | Tổ chức hội thảo với các cơ quan báo chí. | Sở Văn hóa, Thể thao và Du lịch "
            "| trước ngày 31/10/2030 | Chưa thực hiện, **quá hạn** |") in md
    assert ("| 5 | Cung cấp thông tin cho các cơ quan báo chí. | Các sở, ngành | định kỳ (hằng "
            "quý) | Đang thực hiện trong hạn: *Đã cung cấp thông tin quý II* |") in md
    # per agency, both roles, in Vietnamese order (B, Đ after D, S): Báo B coordinates
    # svh-phim and leads press-bao-cao, both through PRESS; the plan's inline record of a
    # duty stands for every agency that holds it
    assert (
        "| Báo B | 2 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n"
        "| Đài Truyền hình A | 2 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n"
        "| Sở Văn hóa, Thể thao và Du lịch | 6 | 1 | 0 | 2 | 0 | 1 | 1 | 1 | 2 |\n"
        "| Sở Y tế | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n") in md
    assert (
        "| Báo B | 2 | 1 | 50% | 65 | 82.750.000 đồng |\n"
        "| Đài Truyền hình A | 2 | 1 | 50% | 12 | 150.000.000 đồng |\n"
        "| Sở Văn hóa, Thể thao và Du lịch | 6 | 5 | 33% | 0 | 0 đồng |\n"
        "| Sở Y tế | 1 | 1 | — | 0 | 0 đồng |\n") in md
    # per press partner and per media format (the plan's formats, in its order)
    assert ("| Cơ quan báo chí | Báo in | Báo điện tử | Báo hình | Tổng sản phẩm | Kinh phí "
            "| Hợp đồng |") in md
    assert "| Đài Truyền hình A | 0 | 0 | 12 | 12 | 150.000.000 đồng | 05/HĐ-SVH |" in md
    assert "| Báo B | 10 | 55 | 0 | 65 | 82.750.000 đồng | 07/HĐ-SVH |" in md
    assert ("| Báo in | 10 |\n| Báo điện tử | 55 |\n| Báo hình | 12 |\n"
            "| **Tổng số** | **77** |") in md
    # contracts and spending, by date, each task by its number and text, not its id
    assert (
        "| 07/HĐ-SVH | Báo B | 2. Đặt hàng bài viết về du lịch. | 01/04/2030 | 40 "
        "| 45.500.000 đồng |\n"
        "| 05/HĐ-SVH | Đài Truyền hình A | 1. Làm phim quảng bá du lịch. | 10/05/2030 | 12 "
        "| 150.000.000 đồng |\n"
        "| 07/HĐ-SVH | Báo B | 2. Đặt hàng bài viết về du lịch. | 15/09/2030 | 25 "
        "| 37.250.000 đồng |\n"
        "| **Tổng cộng** | | | | **77** | **232.750.000 đồng** |") in md
    assert "svh-bai-viet" not in md
    assert "### V. KHÓ KHĂN, VƯỚNG MẮC\n\n- Kinh phí đặt hàng còn hạn chế.\n" in md
    assert "### VI. KIẾN NGHỊ, ĐỀ XUẤT\n\n- Tăng kinh phí đặt hàng năm 2031.\n" in md
    assert ("### VII. NHIỆM VỤ NĂM TIẾP THEO\n\n- Tiếp tục đặt hàng phóng sự du lịch.\n\n"
            "- Tổ chức hội thảo đã hoãn.\n") in md
    # the report goes to those the plan reported to, and to the archive
    assert "***Nơi nhận:***\n- Bộ Văn hóa, Thể thao và Du lịch (b/c);\n- Lưu VT, KGVX.\n" in md


def test_report_figures_library() -> None:
    import datetime as dt

    from dakplan.render.figures import compute
    from dakplan.validate import load_plan_v2

    figures = compute(load_plan_v2(PROGRESS, "render"), dt.date(2030, 6, 1))
    # svh-phim's progress record of 10/05 says it was done then, before its 30/06 deadline;
    # depts-phoi-hop's only record is of 01/07: on 1 June nothing was reported of it yet
    assert [(s.status, s.count) for s in figures.statuses] == [
        ("done_on_time", 1), ("done_late", 0), ("in_progress", 1), ("in_progress_overdue", 0),
        ("not_started", 1), ("cancelled", 1), ("not_reported", 2)]
    assert figures.total == sum(s.count for s in figures.statuses) == 6
    assert figures.overdue == 0  # no deadline has passed on 1 June
    # the records dated up to 1 June: 40 + 12 products, 45.5 + 150 million
    assert (figures.products, figures.amount) == (52, 195_500_000)
    assert [(m.code, m.count) for m in figures.media] == [
        ("bao-in", 10), ("bao-dien-tu", 30), ("bao-hinh", 12)]
    assert [c.name for c in figures.charts] == ["status", "rate", "media", "money"]


def test_agency_duty_sheet_by_code_or_name(run) -> None:
    by_code = run("render", "agency", str(PLAN_2020), "--agency", "VOV").stdout
    by_name = run("render", "agency", str(PLAN_2020), "-a", "dai tieng noi viet nam")
    assert by_name.stdout == by_code
    assert "# NHIỆM VỤ CỦA ĐÀI TIẾNG NÓI VIỆT NAM" in by_code
    assert "Đài Tiếng nói Việt Nam có 12 nhiệm vụ như sau:" in by_code
    assert "### I. NHIỆM VỤ CHỦ TRÌ" in by_code and "### II. NHIỆM VỤ PHỐI HỢP" in by_code
    assert "*Nhiệm vụ giao cho: Các cơ quan báo chí Trung ương.*" in by_code
    assert ("*Chủ trì: Sở Thông tin và Truyền thông. Cùng phối hợp: Đài Phát thanh và Truyền "
            "hình tỉnh; Báo Đắk Lắk. Thời hạn: thường xuyên trong năm 2020.*") in by_code


def test_agency_sheet_of_a_local_partner(run) -> None:
    md = run("render", "agency", str(PLAN_2020), "-a", "Đài PT và TH tỉnh").stdout
    assert "Đài Phát thanh và Truyền hình tỉnh có 1 nhiệm vụ như sau:" in md
    assert "NHIỆM VỤ CHỦ TRÌ" not in md
    assert "#### 1. Sở Thông tin và Truyền thông\n\n- Chủ trì, phối hợp với Đài Phát thanh" in md


def test_agency_errors(run, write_plan) -> None:
    missing = run("render", "agency", str(PLAN_2020))
    assert missing.exit_code == 2
    assert "agency.md.j2:" in missing.stderr and "add --agency CODE" in missing.stderr
    unknown = run("render", "agency", str(PLAN_2020), "-a", "VOVV")
    assert unknown.exit_code == 2
    assert ("unknown agency or group 'VOVV'; did you mean: VOV (Đài Tiếng nói Việt Nam)?"
            in unknown.stderr)
    data = small_plan()
    data["agencies"][2]["short"] = ["Sở VHTTDL"]  # Sở Y tế now shares a short name
    ambiguous = run("render", "agency", str(write_plan(data)), "-a", "so vhttdl")
    assert ambiguous.exit_code == 2
    assert "'so vhttdl' names more than one agency or group: SVH (" in ambiguous.stderr


def test_next_years_draft_leaves_the_report_behind(run, tmp_path) -> None:
    out = tmp_path / "2031.yaml"
    result = run("new", "2031", "--from", str(PROGRESS), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "report:" not in text and "Kinh phí đặt hàng còn hạn chế." not in text
    md = run("render", "report", str(out)).stdout
    assert "| Chưa báo cáo | 6 |" in md
