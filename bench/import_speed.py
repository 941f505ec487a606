"""How long `dakplan import` takes for a 40-page plan (issue 14).

    python3 bench/import_speed.py            # 7 runs of each input
    python3 bench/import_speed.py --runs 3

A 40-page document is made from a family document (tests/family/five-year/printed.txt): its
header, bases and closing, and between them its duty sections repeated and varied (other
agencies, other dates, other wording of the points) until the body holds about 1,200
paragraphs, the length of a 40-page plan at some 30 paragraphs a page. It is written as
plain text and as a .docx (typed numbering, as a clerk's file), under bench/.work/import/.
Each is imported in this process (`dakplan.imports.import_document`: reading, parsing, the
registry, the YAML text), timed with ``time.perf_counter``; the median of the runs is
printed with the smallest and largest, and the median CPU time (``time.process_time``), which
other processes on a shared machine disturb less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "family" / "five-year" / "printed.txt"
WORK = ROOT / "bench" / ".work" / "import"

AGENCIES = [
    "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Sở Nội vụ",
    "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Công Thương",
    "Sở Tư pháp", "Sở Ngoại vụ", "Sở Xây dựng", "Sở Giao thông vận tải", "Báo Kon Tum",
    "Đài Phát thanh - Truyền hình tỉnh", "Công an tỉnh", "Ban Dân tộc tỉnh",
    "Trung tâm Xúc tiến Đầu tư tỉnh", "Sở Lao động - Thương binh và Xã hội",
]
POINTS = [
    "Chủ trì, phối hợp với {other} xây dựng kế hoạch tuyên truyền chuyên đề {n}, hoàn thành "
    "trước ngày {day}/{month}/2024.",
    "Hằng quý, tổng hợp kết quả thực hiện nội dung {n}, báo cáo Ủy ban nhân dân tỉnh và Sở "
    "Thông tin và Truyền thông.",
    "Phối hợp với {other} cung cấp thông tin, tư liệu cho phóng viên khi đến tác nghiệp trên "
    "địa bàn; bảo đảm thông tin chính xác, kịp thời.",
    "Trong năm 2024-2025, tổ chức {n} hội nghị, tọa đàm giới thiệu tiềm năng, thế mạnh của "
    "tỉnh với các cơ quan báo chí.",
    "Định kỳ 6 tháng, rà soát, đánh giá việc thực hiện nhiệm vụ được giao; đề xuất điều chỉnh "
    "nội dung phối hợp cho phù hợp.",
    "Hằng năm, trước ngày {day}/11, gửi danh mục sản phẩm truyền thông của năm sau về Sở Thông "
    "tin và Truyền thông để tổng hợp.",
    "Duy trì chuyên mục về chuyển đổi số trên trang thông tin điện tử của đơn vị, cập nhật ít "
    "nhất 02 lần/tuần.",
    "Bố trí cán bộ đầu mối cung cấp thông tin; gửi danh sách về Văn phòng Ủy ban nhân dân tỉnh "
    "trước ngày {day}/{month}/2024.",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _roman(n: int) -> str:
    tens, units = divmod(n, 10)
    return "X" * tens + (ROMAN[units - 1] if units else "")


def document(paragraphs: int = 1200) -> str:
    """A plan of the family with about ``paragraphs`` paragraphs in its body."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    first = lines.index("I. MỤC ĐÍCH, YÊU CẦU")
    closing = next(k for k, line in enumerate(lines) if line.startswith("Trên đây là"))
    body: list[str] = []
    section = 0
    while len(body) < paragraphs:
        section += 1
        body.append(f"{_roman(section)}. NHIỆM VỤ VÀ GIẢI PHÁP, NHÓM {section}")
        for part in range(1, 5):
            lead = AGENCIES[(section * 4 + part) % len(AGENCIES)]
            other = AGENCIES[(section * 4 + part + 7) % len(AGENCIES)]
            body.append(f"{part}. {lead}")
            for k, point in enumerate(POINTS):
                n = section * 10 + part
                body.append("- " + point.format(other=other, n=n, day=(k * 3 + part) % 27 + 1,
                                                month=(section + k) % 12 + 1))
    text = lines[:first] + [line for p in body for line in (p, "")] + lines[closing:]
    return "\n".join(text)


def write_docx(text: str, target: Path) -> Path:
    import docx

    out = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            out.add_paragraph(line)
    out.save(str(target))
    return target


def clear_caches() -> None:
    from dakplan.i18n import vn
    from dakplan.imports import names

    for cached in (names.tokens, names.words, vn.fold):
        cached.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=1200)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from dakplan.imports import import_document

    WORK.mkdir(parents=True, exist_ok=True)
    text = document(args.paragraphs)
    txt = WORK / "kehoach-40-trang.txt"
    txt.write_text(text, encoding="utf-8")
    word = write_docx(text, WORK / "kehoach-40-trang.docx")
    count = sum(1 for line in text.split("\n") if line.strip())
    print(f"document: {count} paragraphs ({count / 30:.0f} pages at 30 a page)")
    for path in (txt, word):
        times, cpu = [], []
        for _ in range(args.runs):
            clear_caches()  # each run reads the document afresh
            start, start_cpu = time.perf_counter(), time.process_time()
            result = import_document(path)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        duties = result.yaml_text.count("- duty:")
        print(f"{path.suffix}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
              f"max {max(times):.3f} s over {args.runs} runs (CPU time: median "
              f"{statistics.median(cpu):.3f} s); {duties} duties, "
              f"{len(result.yaml_text.splitlines())} YAML lines, "
              f"{len(result.review_items)} to review")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
