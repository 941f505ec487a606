"""A seeded generator of a synthetic plans repository for the benchmark.

    python bench/generate.py OUT --plans 100 --tasks 300 [--seed 7] [--version 2]

writes ``OUT/plans/0001.yaml`` ... : N plans of M tasks each, valid under dakplan's schema and
checks (version 2's included: no due date before the issue date), in the layout of a real plan
(header, legal bases, agencies and groups, themes, media, duties with deadlines between the
issue date and the period's end, funding, reporting, recipients), with
Vietnamese text varied from word lists. The same seed gives byte-identical files; each plan
draws from its own generator (seeded by the seed and its number), so plan 7 is the same whether
5 or 500 plans are written.

The files are in format version 2, as a repository keeps them: the version 1 text laid out here,
converted by ``dakplan.migrate`` (of the dakplan the running Python imports, else this
checkout's ``src``); ``--version 1`` writes that text as it is.

The YAML is written by hand rather than by PyYAML's dumper: it is the layout people write
(block style, long text folded at 76 columns), and writing 1,000 plans stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

PROVINCES = [
    "Gia Lai", "Kon Tum", "Đắk Nông", "Lâm Đồng", "Phú Yên", "Khánh Hòa", "Bình Định",
    "Quảng Ngãi", "Quảng Nam", "Thừa Thiên Huế", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Sơn La",
    "Lào Cai", "Yên Bái", "Điện Biên", "Lai Châu", "Cao Bằng", "Bắc Kạn", "Tuyên Quang",
    "An Giang", "Cà Mau", "Bạc Liêu", "Sóc Trăng", "Trà Vinh", "Đồng Tháp", "Bến Tre",
    "Tây Ninh", "Bình Phước", "Ninh Thuận", "Bình Thuận", "Quảng Trị", "Quảng Bình",
]
SIGNERS = [
    "Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Quang Minh", "Phạm Đức Thắng", "Hoàng Thị Lan",
    "Võ Văn Dũng", "Đặng Ngọc Ánh", "Bùi Xuân Trường", "Đỗ Thị Hương", "Huỳnh Tấn Phát",
]
PRESS = [
    ("TTXVN", "Thông tấn xã Việt Nam", "TTXVN"),
    ("VOV", "Đài Tiếng nói Việt Nam", "VOV"),
    ("VTV", "Đài Truyền hình Việt Nam", "VTV"),
    ("VTV8", "Ban điều hành kênh Truyền hình Quốc gia VTV8", "VTV8"),
    ("NHANDAN", "Báo Nhân Dân", "Báo ND"),
    ("QDND", "Báo Quân đội nhân dân", "Báo QĐND"),
    ("VOVMT", "Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực miền Trung", "VOV miền Trung"),
]
DEPARTMENTS = [
    ("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    ("STC", "Sở Tài chính", "Sở TC"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    ("SYT", "Sở Y tế", "Sở YT"),
    ("SCT", "Sở Công Thương", "Sở CT"),
    ("SNV", "Sở Nội vụ", "Sở NV"),
    ("STP", "Sở Tư pháp", "Sở TP"),
    ("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    ("SXD", "Sở Xây dựng", "Sở XD"),
    ("SGTVT", "Sở Giao thông vận tải", "Sở GTVT"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
    ("SNGV", "Sở Ngoại vụ", "Sở NGV"),
    ("BDT", "Ban Dân tộc tỉnh", "Ban DT"),
    ("CAT", "Công an tỉnh", "CA tỉnh"),
]
DISTRICT_NAMES = [
    "Ea Súp", "Krông Búk", "Krông Năng", "Ea H'leo", "Cư M'gar", "Krông Pắc", "Lắk", "Buôn Đôn",
    "Krông Bông", "Krông Ana", "Cư Kuin", "M'Đrắk", "Ea Kar", "Sơn Hòa", "Đồng Xuân", "Tuy An",
    "Phú Hòa", "Tây Hòa", "Sông Hinh", "Đông Hòa", "Chư Sê", "Chư Păh", "Ia Grai", "Đak Đoa",
    "Mang Yang", "Kbang", "Kông Chro", "Đak Pơ", "An Khê", "Ayun Pa", "Phú Thiện", "Ia Pa",
    "Krông Pa", "Đức Cơ", "Chư Prông", "Chư Pưh", "Đak Glei", "Ngọc Hồi", "Đak Tô", "Sa Thầy",
]
VERBS = [
    "Tuyên truyền", "Phối hợp thực hiện", "Tổ chức", "Xây dựng", "Cung cấp thông tin về",
    "Hỗ trợ", "Tham mưu UBND tỉnh về", "Chủ trì triển khai", "Đẩy mạnh", "Triển khai",
    "Thông tin kịp thời về", "Quảng bá", "Giới thiệu", "Biên tập và phát sóng",
    "Theo dõi, đôn đốc", "Tổng hợp, đánh giá",
]
OBJECTS = [
    "các chương trình truyền thông", "phóng sự chuyên đề", "tin, bài, ảnh",
    "các chuyên mục định kỳ", "tọa đàm trực tuyến", "các sản phẩm báo chí",
    "hội nghị giao ban báo chí", "các đợt tuyên truyền cao điểm", "phim tài liệu",
    "các khóa đào tạo nghiệp vụ cho phóng viên, biên tập viên", "họp báo định kỳ",
    "tài liệu hỏi - đáp", "cuộc thi viết", "pa-nô, áp-phích",
]
TOPICS = [
    "phát triển kinh tế - xã hội", "chuyển đổi số", "xây dựng nông thôn mới",
    "giảm nghèo bền vững", "thu hút đầu tư", "du lịch và văn hóa các dân tộc",
    "quốc phòng – an ninh", "an sinh xã hội", "cải cách hành chính",
    "bảo vệ rừng và tài nguyên nước", "phòng, chống thiên tai", "giáo dục và đào tạo",
    "chăm sóc sức khỏe nhân dân", "xây dựng Đảng và hệ thống chính trị",
    "các ngày lễ lớn và sự kiện lịch sử", "sản phẩm nông nghiệp chủ lực", "lễ hội truyền thống",
    "điển hình tiên tiến", "thông tin đối ngoại", "phòng, chống tin giả, tin sai sự thật",
]
TAILS = [
    "trên địa bàn tỉnh", "theo quy định của pháp luật", "trên các loại hình báo chí",
    "tới cán bộ, đảng viên và nhân dân", "đến bạn bè trong nước và quốc tế",
    "một cách khách quan, chính xác và kịp thời", "phục vụ nhiệm vụ chính trị của địa phương",
    "ở vùng sâu, vùng xa và vùng đồng bào dân tộc thiểu số",
]
MEDIA = ["bao-in", "bao-dien-tu", "bao-hinh", "bao-noi"]
FREQUENCIES = ["weekly", "monthly", "quarterly", "half_yearly", "yearly", None]
NOTES = ["b/c", "t/h", "p/h"]
PARTY_TYPES = [("KH", "Kế hoạch"), ("NQ", "Nghị quyết"), ("CT", "Chỉ thị")]
STATE_TYPES = [("NQ", "Nghị quyết", "CP"), ("QĐ", "Quyết định", "UBND"),
               ("KH", "Kế hoạch", "UBND"), ("CT", "Chỉ thị", "UBND")]


def sentence(rng: random.Random, province: str) -> str:
    tail = rng.choice(TAILS)
    if rng.random() < 0.3 and not tail.endswith("tỉnh"):
        tail += f" của tỉnh {province}"
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} về {rng.choice(TOPICS)} {tail}."


def paragraph(rng: random.Random, province: str, low: int = 1, high: int = 3) -> str:
    return " ".join(sentence(rng, province) for _ in range(rng.randint(low, high)))


def _short_date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _random_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def make_plan(number: int, tasks: int, seed: int = 7) -> dict[str, Any]:
    """Plan ``number`` (1-based) of the repository with ``tasks`` duties, as plain data."""
    rng = random.Random(f"dakplan-bench:{seed}:{number}")
    province = PROVINCES[(number - 1) % len(PROVINCES)]
    # Plans 1-34 are the provinces' plans of 2020, 35-68 of 2021, and so on: no two plans of a
    # repository are the same plan (issuer, symbol, period), which `dakplan calendar` over all
    # of them would refuse.
    start = 2020 + (number - 1) // len(PROVINCES)
    end = start + (4 if rng.random() < 0.2 else 0)
    period_text = f"năm {start}" if start == end else f"giai đoạn {start}-{end}"
    plan_date = _random_day(rng, dt.date(start - 1, 11, 1), dt.date(start, 3, 31))

    press = rng.sample(PRESS, rng.randint(3, 5))
    departments = [DEPARTMENTS[0], *rng.sample(DEPARTMENTS[1:], rng.randint(6, 14))]
    districts = rng.sample(DISTRICT_NAMES, rng.randint(6, 15))

    agencies: list[dict[str, Any]] = [
        {"code": "UBND", "name": f"Ủy ban nhân dân tỉnh {province}", "short": ["UBND tỉnh"],
         "kind": "people_committee"},
        {"code": "TU", "name": f"Tỉnh ủy {province}", "short": ["Tỉnh ủy"], "kind": "party"},
        {"code": "BTGTU", "name": "Ban Tuyên giáo Tỉnh ủy", "kind": "party"},
        {"code": "BTTTT", "name": "Bộ Thông tin và Truyền thông", "kind": "central_government"},
    ]
    agencies += [{"code": c, "name": n, "short": [s], "kind": "central_press"}
                 for c, n, s in press if s != c] + [
        {"code": c, "name": n, "kind": "central_press"} for c, n, s in press if s == c]
    agencies += [{"code": c, "name": n, "short": [s], "kind": "department"}
                 for c, n, s in departments]
    agencies += [
        {"code": f"H{i:02d}", "name": f"Ủy ban nhân dân huyện {name}",
         "short": [f"UBND huyện {name}"], "kind": "district"}
        for i, name in enumerate(districts, 1)
    ]
    agencies += [
        {"code": "BAO", "name": f"Báo {province}", "kind": "local_press"},
        {"code": "DPTTH", "name": "Đài Phát thanh và Truyền hình tỉnh",
         "short": ["Đài PT-TH tỉnh"], "kind": "local_press"},
    ]
    groups = [
        {"code": "BCTW", "name": "Các cơ quan báo chí Trung ương",
         "members": [c for c, _, _ in press]},
        {"code": "SBN", "name": "Các Sở, ban, ngành", "member_kinds": ["department"]},
        {"code": "HUYEN", "name": "UBND các huyện, thị xã, thành phố",
         "member_kinds": ["district"]},
        {"code": "SBNDP", "name": "Các Sở, ban, ngành và địa phương",
         "members": ["SBN", "HUYEN"]},
    ]
    leads = ["BCTW", "SBN", "HUYEN", "SBNDP", *(a["code"] for a in agencies[4:])]
    everyone = [a["code"] for a in agencies] + [g["code"] for g in groups]

    theme_ids = [f"chu-de-{i}" for i in range(1, rng.randint(5, 9) + 1)]
    themes = []
    for i, theme_id in enumerate(theme_ids):
        theme: dict[str, Any] = {"id": theme_id, "text": paragraph(rng, province, 1, 2)}
        if i % 3 == 0:
            theme["events"] = [{"name": f"Lễ hội {rng.choice(TOPICS)} lần thứ {i + 2}",
                                "year": start}]
        themes.append(theme)
    formats = sorted(rng.sample(MEDIA, rng.randint(2, 4)), key=MEDIA.index)

    bases = []
    for i in range(rng.randint(2, 4)):
        day = _random_day(rng, dt.date(start - 2, 1, 1), plan_date)
        if rng.random() < 0.5:
            kind, word = rng.choice(PARTY_TYPES)
            number_symbol = f"{rng.randint(10, 300)}-{kind}/TU"
            issuer = "Tỉnh ủy"
        else:
            kind, word, tail = rng.choice(STATE_TYPES)
            number_symbol = f"{rng.randint(1, 99):02d}/{kind}-{tail}"
            issuer = "Chính phủ" if tail == "CP" else f"UBND tỉnh {province}"
        subject = f"{rng.choice(TOPICS)} {period_text}"
        bases.append({
            "id": f"can-cu-{i + 1}",
            "text": f"Căn cứ {word} số {number_symbol} ngày {_short_date(day)} của {issuer} "
                    f"về {subject};",
            "documents": [{"type": kind, "number": number_symbol, "date": day, "issuer": issuer,
                           "subject": subject}],
        })
    partner = press[0]
    bases.append({
        "id": "thoa-thuan",
        "text": f"Thực hiện Thỏa thuận hợp tác truyền thông giai đoạn {start - 1}-{end + 1} "
                f"giữa UBND tỉnh {province} và {partner[1]}.",
        "documents": [{"type": "BTT", "name": "Thỏa thuận hợp tác truyền thông",
                       "period": {"start": start - 1, "end": end + 1},
                       "parties": ["UBND", partner[0]]}],
    })

    # Due dates fall from the issue date (or the period's first day, when the plan is issued
    # before its period starts) to the period's last day: format version 2 refuses a deadline
    # before the plan was issued (DK302).
    first, last = max(dt.date(start, 1, 1), plan_date), dt.date(end, 12, 31)

    def task(ident: str, lead: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"id": ident, "lead": lead}
        if rng.random() < 0.5:
            others = [c for c in everyone if c != lead]
            entry["coordinate"] = rng.sample(others, rng.randint(1, 3))
        roll = rng.random()
        if roll < 0.45:
            entry["timing"] = {"type": "deadline", "date": _random_day(rng, first, last)}
        elif roll < 0.8:
            entry["timing"] = {"type": "throughout"}
        else:
            frequency = rng.choice(FREQUENCIES)
            entry["timing"] = ({"type": "recurring"} if frequency is None
                               else {"type": "recurring", "frequency": frequency})
        entry["text"] = paragraph(rng, province)
        if rng.random() < 0.6:
            entry["themes"] = sorted(rng.sample(theme_ids, rng.randint(1, 3)))
        if rng.random() < 0.4:
            entry["media"] = sorted(rng.sample(formats, rng.randint(1, len(formats))),
                                    key=MEDIA.index)
        return entry

    implementation_count = max(tasks - 2, 0)
    parts: list[dict[str, Any]] = []
    per_part = max(1, implementation_count // 12)
    made = 0
    while made < implementation_count:
        lead = leads[len(parts) % len(leads)]
        count = min(per_part, implementation_count - made)
        name = next((e["name"] for e in (*agencies, *groups) if e["code"] == lead), lead)
        parts.append({"heading": name, "tasks": [
            task(f"{lead.lower()}-{len(parts) + 1}-{k + 1}", lead) for k in range(count)]})
        made += count

    funding_items: list[dict[str, Any]] = [
        {"id": "moi-ben-tu-dam-nhiem", "source": "each_party",
         "text": "Kinh phí triển khai, tổ chức thực hiện Kế hoạch này do mỗi bên tự đảm nhiệm."},
    ]
    if tasks >= 2:
        funding_items.append(task("stttt-hop-dong-dat-hang", "STTTT"))
    reporting = [task("bctw-bao-cao-ket-qua", "BCTW")] if tasks >= 1 else []

    recipients = [
        {"text": "Bộ Thông tin và Truyền thông", "note": "b/c", "agencies": ["BTTTT"]},
        {"text": "TT Tỉnh ủy", "note": "b/c", "agencies": ["TU"]},
        {"text": "CT, các PCT UBND tỉnh", "agencies": ["UBND"]},
        {"text": "Các cơ quan: " + ", ".join(s for _, _, s in press),
         "agencies": [c for c, _, _ in press]},
        {"text": "Sở TT&TT", "note": "t/h", "agencies": ["STTTT"]},
        {"text": "Các sở, ban, ngành của tỉnh", "note": rng.choice(NOTES), "agencies": ["SBN"]},
        {"text": "UBND các huyện, thị xã, thành phố", "note": "p/h", "agencies": ["HUYEN"]},
        {"text": "Lưu: VT, KGVX"},
    ]
    subject = (f"Hợp tác truyền thông giữa UBND tỉnh {province} với các cơ quan báo chí "
               f"Trung ương {period_text}")
    lowered = subject[0].lower() + subject[1:]
    document: dict[str, Any] = {
        "type": "KH",
        "title": "KẾ HOẠCH",
        "issuer": {"name": f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "agency": "UBND"},
        "number": rng.randint(1, 250) if rng.random() < 0.8 else None,
        "symbol": "KH-UBND",
        "place": province,
        "date": plan_date,
        "subject": subject,
        "period": {"start": start, "end": end},
        "preamble": f"UBND tỉnh {province} ban hành Kế hoạch {lowered}, với các nội dung chính "
                    "như sau:",
        "closing": f"Trên đây là Kế hoạch {lowered}; yêu cầu các cơ quan, đơn vị liên quan căn "
                   "cứ nội dung Kế hoạch này triển khai thực hiện./.",
        "signature": {"authority": "KT.", "on_behalf_of": "CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                      "name": rng.choice(SIGNERS)},
        "recipients": recipients,
    }
    return {
        "dakplan": 1,
        "document": document,
        "bases": bases,
        "agencies": agencies,
        "groups": groups,
        "purposes": [paragraph(rng, province, 2, 3) for _ in range(2)],
        "requirements": [paragraph(rng, province, 1, 2) for _ in range(3)],
        "themes": themes,
        "media": {"text": "Thực hiện các sản phẩm truyền thông trên các loại hình báo chí.",
                  "formats": formats},
        "implementation": parts,
        "funding": {"items": funding_items},
        "reporting": reporting,
    }


# --- a small YAML writer for the plan's shapes (dicts, lists, text, numbers, dates) ---------

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#]*$")
_RESOLVES = re.compile(
    r"^(?:true|false|True|False|TRUE|FALSE|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF|y|n|Y|N"
    r"|null|Null|NULL|~|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan|[-+]?\..*)$"
)
WIDTH = 76


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    text = str(value)
    if _PLAIN.match(text) and not _RESOLVES.match(text) and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _inline(value: Any) -> bool:
    return not isinstance(value, dict | list) and not (
        isinstance(value, str) and len(value) > WIDTH - 20
    )


def _write(value: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            _entry(f"{pad}{key}:", item, indent, out)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                lines: list[str] = []
                _write(item, indent + 2, lines)
                lines[0] = f"{pad}- {lines[0][indent + 2:]}"
                out.extend(lines)
            else:
                _entry(f"{pad}-", item, indent, out)


def _entry(head: str, item: Any, indent: int, out: list[str]) -> None:
    if isinstance(item, list) and item and all(_inline(x) for x in item):
        flow = f"{head} [{', '.join(_scalar(x) for x in item)}]"
        if len(flow) <= WIDTH and all(
            "," not in s and "[" not in s for s in (_scalar(x) for x in item)
        ):
            out.append(flow)
            return
    if isinstance(item, dict) and 0 < len(item) <= 3 and all(_inline(x) for x in item.values()):
        flow = f"{head} {{{', '.join(f'{k}: {_scalar(v)}' for k, v in item.items())}}}"
        if len(flow) <= WIDTH and not any(c in flow[len(head):] for c in '"#[]'):
            out.append(flow)
            return
    if isinstance(item, list) and not item:
        out.append(f"{head} []")
    elif isinstance(item, dict | list):
        out.append(head)
        _write(item, indent + 2, out)
    elif isinstance(item, str) and len(item) > WIDTH - len(head) - 1:
        out.append(f"{head} >-")
        width = max(WIDTH - indent - 2, 40)
        out.extend(" " * (indent + 2) + line for line in textwrap.wrap(
            item, width, break_long_words=False, break_on_hyphens=False))
    else:
        scalar = _scalar(item)
        out.append(f"{head} {scalar}" if scalar else head)


def to_yaml(data: dict[str, Any]) -> str:
    out: list[str] = []
    for key, value in data.items():
        _entry(f"{key}:", value, 0, out)
        if isinstance(value, dict | list):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


VERSION = 2
"""The format version the plans are written in by default: version 2, as a repository keeps
them (``dakplan migrate``); version 1 is the text :func:`make_plan` lays out, which dakplan
reads through its conversion."""


def plan_text(number: int, tasks: int, seed: int = 7, version: int = VERSION) -> str:
    """The file of plan ``number`` in format ``version`` (1 or 2). Version 2 is the version 1
    text converted by ``dakplan.migrate`` (the dakplan this Python imports), so both versions
    hold the same plan."""
    text = to_yaml(make_plan(number, tasks, seed))
    if version == 1:
        return text
    if version != 2:
        raise ValueError(f"no format version {version}")
    from dakplan.migrate import migrate_file_text

    converted, _ = migrate_file_text(text, f"{number:04d}.yaml")
    return converted


def write_plans(folder: str | Path, numbers: range, tasks: int, seed: int = 7,
                version: int = VERSION) -> list[Path]:
    """Write plans ``numbers`` as ``folder/NNNN.yaml``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in numbers:
        path = folder / f"{number:04d}.yaml"
        path.write_text(plan_text(number, tasks, seed, version), encoding="utf-8")
        paths.append(path)
    return paths


def generate(out: str | Path, plans: int, tasks: int, seed: int = 7,
             version: int = VERSION) -> list[Path]:
    """Write ``plans`` plans of ``tasks`` duties under ``out/plans``; return their paths."""
    return write_plans(Path(out) / "plans", range(1, plans + 1), tasks, seed, version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder of the repository (plans go to OUT/plans)")
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--version", type=int, choices=(1, 2), default=VERSION,
                        help="format version of the files (2 needs dakplan importable)")
    args = parser.parse_args(argv)
    sys.path.append(str(Path(__file__).resolve().parent.parent / "src"))  # after an installed one
    paths = generate(args.out, args.plans, args.tasks, args.seed, args.version)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} plans of {args.tasks} tasks (version {args.version}), "
          f"{size / 1e6:.1f} MB, in {args.out}/plans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
