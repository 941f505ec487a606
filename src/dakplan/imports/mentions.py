"""Where a text names agencies, and which: a heading, a duty's opening words, "X chủ trì",
the names after "phối hợp với", a recipient line, an abbreviation in parentheses.

A name the registry does not know yet is read as one when it starts with the head noun of a
body ("Sở", "Ban", "Phòng", "Trung tâm", "Báo", "Đài", ...) followed by a capitalised word, and
runs until a verb or a preposition ("chủ trì", "phối hợp", "tổng hợp", "về", "tại", ...) or
the punctuation that ends it. A comma continues a name only before a capitalised word that
starts no other name ("Sở Văn hóa, Thể thao và Du lịch"; "Báo Bắc Giang, Đài ..." is two).
"""

from __future__ import annotations

import re

from dakplan.imports.agencies import Entry, Known, Registry
from dakplan.imports.names import Tok, Words, words

HEADS = (
    "sở", "bộ", "ban", "ủy ban", "ubnd", "hđnd", "hội đồng", "tỉnh ủy", "huyện ủy", "thành ủy",
    "thị ủy", "báo", "đài", "cổng", "trung tâm", "phòng", "văn phòng", "thông tấn xã",
    "công an", "cục", "chi cục", "hội", "liên đoàn", "tỉnh đoàn", "huyện đoàn", "đoàn",
    "mặt trận", "bệnh viện", "viện", "trường", "kho bạc", "ngân hàng", "chính phủ",
    "cơ quan thường trú", "bộ chỉ huy", "trạm", "công ttđt", "công thông tin",
)
COMPLETE = ("tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "chính phủ", "tỉnh đoàn", "huyện đoàn")
"""Heads that are a whole name by themselves."""
LOWER_OK = ("ban điều hành", "cơ quan thường trú", "cổng thông tin", "công thông tin",
            "trang thông tin", "công ttđt", "cổng ttđt", "ubnd", "hđnd", "ủy ban nhân dân",
            "hội đồng nhân dân")
"""Heads followed by a lower-case word in a name."""
GROUP_HEADS = (
    "các sở", "các cơ quan", "các đơn vị", "các phòng", "các trung tâm", "các bệnh viện",
    "các ban", "các ngành", "các địa phương", "các huyện", "các xã", "các trường", "các hội",
    "các tổ chức", "các doanh nghiệp", "các đài", "các báo",
)
STOPS = frozenset((
    "chủ trì", "phối hợp", "thực hiện", "hướng dẫn", "tham mưu", "tổng hợp", "căn cứ",
    "cung cấp", "xây dựng", "tổ chức", "báo cáo", "chỉ đạo", "tích cực", "chủ động", "lập",
    "gửi", "đăng ký", "triển khai", "theo dõi", "rà soát", "duy trì", "phát", "sản xuất",
    "biên soạn", "tuyên truyền", "quán triệt", "hỗ trợ", "tạo", "đề xuất", "kiểm tra", "bố trí",
    "ký", "mở", "đăng", "in", "cấp", "phân công", "là", "có", "chịu", "nghiên cứu", "ban hành",
    "trong", "để", "về", "tại", "theo", "khi", "cho", "với", "đối với", "qua", "nhằm", "trên",
    "thì", "được", "đề nghị", "phản ánh", "giao", "phải", "cần", "sẽ", "đã", "đang", "và",
    "quản lý", "thường xuyên", "kịp thời", "định kỳ", "hằng", "hàng", "trước", "sau", "từ",
    "đến", "nắm", "vận động", "phổ biến", "lồng ghép", "hoàn thành", "thẩm định", "trình",
    "đôn đốc", "chuẩn bị", "ứng dụng", "bảo đảm", "đảm bảo", "thu thập", "làm", "tiếp tục",
    "sử dụng", "nâng cao", "đẩy mạnh", "tăng cường", "tiếp nhận", "mời", "xem xét", "yêu cầu",
    "thông báo", "tập trung", "chỉ", "đánh giá", "cử", "truyền", "tự", "cùng", "nếu",
    "giai đoạn", "ký", "năm", "thống nhất", "giới thiệu", "quảng bá", "đăng tải", "phát sóng",
    "tiếp sóng", "xét", "bàn", "trao đổi", "kiểm chứng", "khai thác", "phục vụ", "hỗ",
))
REGION = ("khu vực", "tỉnh", "huyện", "thành phố", "thị xã", "miền", "vùng")
"""Lower-case words that go on a name after a place name ("... Việt Nam khu vực Tây Nguyên")."""
OFFICERS = (
    "thường trực", "tt", "chủ tịch", "phó chủ tịch", "ct", "các pct", "pct", "giám đốc",
    "các pgđ", "pgđ", "phó giám đốc", "lãnh đạo", "các đồng chí", "đ/c",
)
PREAMBLE = frozenset((
    "các", "đơn", "vị", "bộ", "phận", "cá", "nhân", "liên", "quan", "phóng", "viên", "biên",
    "tập", "đầu", "mối", "chuyên", "môn", "của", "cơ", "chức", "năng", "kỹ", "thuật", "đại",
    "diện", "lãnh", "đạo", "cán", "công",
))
"""Words between "phối hợp với" and the agency they belong to ("các đơn vị biên tập của")."""


_INDEXES: dict[int, dict[str, list[list[str]]]] = {}


def _index(phrases: tuple[str, ...] | frozenset[str]) -> dict[str, list[list[str]]]:
    """The phrases of a word list by their first word (the lists are module constants)."""
    found = _INDEXES.get(id(phrases))
    if found is None:
        found = {}
        for phrase in phrases:
            parts = phrase.split()
            found.setdefault(parts[0], []).append(parts)
        _INDEXES[id(phrases)] = found
    return found


def starts(toks: tuple[Tok, ...], i: int, phrases: tuple[str, ...] | frozenset[str]) -> int:
    """Length in tokens of the longest of ``phrases`` the tokens from ``i`` spell, or 0."""
    if i >= len(toks):
        return 0
    best = 0
    for parts in _index(phrases).get(toks[i].low, ()):
        n = len(parts)
        if n > best and i + n <= len(toks) and all(
                toks[i + k].low == parts[k] and not toks[i + k].sep for k in range(1, n)):
            best = n
    return best


def _stop(tok: Tok, toks: tuple[Tok, ...], k: int) -> bool:
    return tok.text[:1].islower() and starts(toks, k, STOPS) > 0


def extent(w: Words, i: int, groups: bool, whole: bool = False) -> int | None:
    """The end of a name not yet registered that starts at token ``i``, or None.

    ``whole``: the name runs to the next separator whatever words it holds (a heading, a
    recipient: nothing else stands there).
    """
    toks = w.toks
    if i >= len(toks) or (toks[i].text[:1].islower() and toks[i].low != "các"):
        return None
    group = starts(toks, i, GROUP_HEADS) if groups else 0
    head = group or starts(toks, i, HEADS)
    if not head or (not group and _stop(toks[i], toks, i)) or (
            not group and starts(toks, i, STOPS) > head):
        return None
    complete = starts(toks, i, COMPLETE)
    k = i + head
    if not group and not complete and not whole and k < len(toks) \
            and not starts(toks, i, LOWER_OK):
        nxt = toks[k]
        if nxt.sep or not (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
            return None
    while k < len(toks) and k - i < 16:
        tok = toks[k]
        if tok.sep and tok.sep not in (",", "-", "–", "&"):
            break
        if complete and tok.sep:
            break
        if tok.sep == ",":
            if starts(toks, k, HEADS) or starts(toks, k, GROUP_HEADS) or tok.abbr \
                    or starts(toks, k, OFFICERS) or (not whole and _stop(tok, toks, k)):
                break
            if not (tok.text[:1].isupper() or ((group or whole) and tok.text[:1].islower())):
                break
        elif tok.low == "và":
            if k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper() \
                    or starts(toks, k + 1, HEADS):
                break
        elif not whole and (_stop(tok, toks, k) or tok.text[:1].isdigit() and not tok.sep
                            and toks[k - 1].text[:1].islower() or k - 2 >= i + head
                            and _after_place(toks, k)):
            break
        k += 1
    if k - i <= head and not complete and not group:
        return None if k - i < 2 else k
    return k if k > i else None


def _after_place(toks: tuple[Tok, ...], k: int) -> bool:
    """A lower-case word after two capitalised ones ("Việt Nam thống nhất"): the name is
    over, unless a region goes on with it."""
    return (k >= 2 and toks[k].text[:1].islower() and not toks[k].sep
            and toks[k - 1].text[:1].isupper() and toks[k - 2].text[:1].isupper()
            and not toks[k - 1].abbr and not starts(toks, k, REGION)
            and not starts(toks, k - 2, HEADS))


def entity(reg: Registry, w: Words, i: int, line: int, *, new: bool = False,
           groups: bool = False, whole: bool = False) -> tuple[Entry, int] | None:
    """The agency or group named from token ``i``: known, else (``new``) registered."""
    match = reg.match_at(w, i)
    if match is not None and isinstance(match[0], Known) and _qualified(w, match[1]):
        match = None  # "UBND các huyện biên giới" is not every district
    end = extent(w, i, groups, whole) if new else None
    if match is not None and (end is None or end <= match[1] or _lower_next(w, match[1])):
        # a longer reading only when the name goes on with a capital
        return reg.take(match[0], match[2], line), match[1]
    if end is None:
        return None
    printed = w.span(i, end)
    is_group = any(t.low == "các" for t in w.toks[i:min(end, i + 6)])
    if not is_group and match is None:
        same = reg.find(printed)
        if same is not None:
            reg.saw(same, printed)
            return same, end
    return reg.add(printed, line, group=is_group), end


def _qualified(w: Words, k: int) -> bool:
    """Whether the name goes on at token ``k`` with a word that narrows it down."""
    if k >= len(w.toks):
        return False
    tok = w.toks[k]
    return not tok.sep and tok.text[:1].islower() and not starts(w.toks, k, STOPS)


def _lower_next(w: Words, k: int) -> bool:
    return k >= len(w.toks) or bool(w.toks[k].sep) or not w.toks[k].text[:1].isupper()


def entities(reg: Registry, w: Words, i: int, line: int, *, new: bool = False,
             groups: bool = False, whole: bool = False,
             split: bool = False) -> list[tuple[Entry, int, int]]:
    """The names listed from token ``i`` ("A, B và C"): each with its start and end.

    ``split``: a group that a heading made by listing agencies counts as its members (in a
    recipient line or after "phối hợp với", "Báo X, Đài Y" names two bodies).
    """
    toks = w.toks
    out: list[tuple[Entry, int, int]] = []
    k = i
    while k < len(toks):
        found = entity(reg, w, k, line, new=new, groups=groups, whole=whole)
        if found is None:
            break
        entry, end = found
        if entry.group and end < len(toks) and toks[end].sep == ":":
            members = entities(reg, w, end, line)
            if members:
                if not entry.members and not entry.member_kinds:
                    entry.members = [m for m, _, _ in members if not m.group]
                end = members[-1][2]
        if split and entry.listed:
            out += [(m, k, end) for m in entry.members]
        else:
            out.append((entry, k, end))
        if end >= len(toks):
            break
        nxt = toks[end]
        if nxt.sep in (",", ";") and nxt.low not in ("và", "cùng"):
            k = end
        elif not nxt.sep and nxt.low in ("và", "cùng"):
            k = end + 1
        else:
            break
    return out


def heading_agency(reg: Registry, text: str, line: int) -> Entry | None:
    """The agency or group a part's heading names ("2. Sở Thông tin và Truyền thông")."""
    text = re.sub(r"\s*(?:thực hiện|chủ trì)?\s*:?\s*$", "", text)
    w = words(text)
    found = entities(reg, w, 0, line, new=True, groups=True, whole=True)
    if not found or found[-1][2] < len(w.toks):
        return None
    if len(found) == 1:
        return found[0][0]
    return reg.compound([e for e, _, _ in found], text, line)


_OPENERS = re.compile(
    r"(?:(?:hằng|hàng|mỗi) (?:năm|quý|tháng|tuần)|định kỳ(?: \d+ tháng| hằng \w+)?"
    r"|(?:trước|đến|chậm nhất|từ) (?:ngày )?[^,]{1,40}|trong (?:năm|quý|tháng|thời gian)"
    r" [^,]{1,40}|căn cứ [^,]{1,160}|sau khi [^,]{1,120}|khi [^,]{1,120}),\s*", re.I)


def subject(reg: Registry, text: str, line: int) -> Entry | None:
    """The agency a duty's text opens with, after its timing ("Hằng năm, Sở X lập ...")."""
    start = 0
    while True:
        found = _OPENERS.match(text, start)
        if not found:
            break
        start = found.end()
    w = words(text)
    toks = w.toks
    i = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    if i + 1 < len(toks) and toks[i].low == "đề" and toks[i + 1].low == "nghị":
        i += 2
    listed = entities(reg, w, i, line, new=True, groups=True)
    if not listed or listed[-1][2] >= len(toks) or toks[listed[-1][2]].sep in (":", "."):
        return None
    if len(listed) == 1:
        return listed[0][0]
    return reg.compound([e for e, _, _ in listed], w.span(i, listed[-1][2]), line)


def chair(reg: Registry, text: str, line: int) -> Entry | None:
    """The agency named just before "chủ trì", wherever it stands, or None."""
    w = words(text)
    toks = w.toks
    for k in range(1, len(toks) - 1):
        if toks[k].low == "chủ" and toks[k + 1].low == "trì" and not toks[k].sep:
            for begin in range(max(0, k - 14), k):
                found = entity(reg, w, begin, line)
                if found is not None and found[1] == k:
                    return found[0]
    return None


def coordinators(reg: Registry, text: str, line: int) -> list[Entry]:
    """Agencies a duty works with: after "(phối hợp) với", "qua", and "phối hợp ... cho"."""
    w = words(text)
    toks = w.toks
    out: list[Entry] = []
    joint = False
    for k, tok in enumerate(toks):
        if tok.sep in (";", "."):
            joint = False
        if tok.low == "phối" and k + 1 < len(toks) and toks[k + 1].low == "hợp":
            joint = True
            continue
        if not (tok.low in ("với", "qua") or (tok.low == "cho" and joint)):
            continue
        for p in range(k + 1, min(k + 10, len(toks))):
            if p > k + 1 and toks[p].sep in (";", "."):
                break
            listed = entities(reg, w, p, line, new=True, split=True)
            if listed:
                out += [e for e, _, _ in listed if e not in out]
                break
            if toks[p].low not in PREAMBLE:
                break
    return out


def recipients(reg: Registry, text: str, line: int) -> list[Entry]:
    """The agencies a recipient line names ("TT Tỉnh ủy, TT HĐND tỉnh" -> Tỉnh ủy, HĐND)."""
    w = words(text)
    toks = w.toks
    out: list[Entry] = []
    k = 0
    while k < len(toks):
        k += _officers(toks, k)
        if k < len(toks) and reg.issuer is not None and _bare_issuer(reg, w, k):
            out.append(reg.issuer)
            k += 1
            continue
        listed = entities(reg, w, k, line, new=True, whole=True, split=True)
        if listed:
            out += [e for e, _, _ in listed if e not in out]
            k = listed[-1][2]
        else:
            k += 1
        while k < len(toks) and toks[k].sep not in (",", ";", ":"):
            k += 1
    return out


def _officers(toks: tuple[Tok, ...], k: int) -> int:
    n = starts(toks, k, OFFICERS)
    return n if n and k + n < len(toks) and not toks[k + n].sep else 0


def _bare_issuer(reg: Registry, w: Words, k: int) -> bool:
    """ "các PGĐ Sở": the bare head word of the issuer ("Sở", "UBND") stands for it."""
    assert reg.issuer is not None
    issuer = words(reg.issuer.name).toks
    toks = w.toks
    last = k + 1 == len(toks) or bool(toks[k + 1].sep)
    return last and bool(issuer) and toks[k].low == issuer[0].low and toks[k].low in (
        "sở", "ubnd", "ban", "phòng", "trung tâm")


_ABBREVIATION = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&-]{1,11})\)")
_BOUNDARY = frozenset(("và", "với", "giữa", "của", "cho", "tại", "trên", "về", "theo", "là"))


def abbreviations(reg: Registry, text: str, line: int) -> None:
    """Register the names the text abbreviates in parentheses ("Đài Tiếng nói Việt Nam
    (VOV)"), or give a known name its abbreviation."""
    w = words(text)
    toks = w.toks
    for found in _ABBREVIATION.finditer(text):
        end = next((k for k, t in enumerate(toks) if t.start > found.start()), len(toks))
        end = next((k for k in range(end - 1, -1, -1) if toks[k].end <= found.start()), -1) + 1
        begin = end
        while begin > 0 and toks[begin - 1].low not in _BOUNDARY and end - begin < 14 and (
                begin == end or toks[begin].sep in ("", "-", "&")):
            begin -= 1
        name = _name_in(w, begin, end)
        if name is None:
            continue
        abbr = found.group(1)
        entry = reg.find(name) or next(
            (e for e in reg.entries if abbr in e.all_forms()), None)
        if entry is None:
            entry = reg.add(name, line, abbr=abbr)
        elif entry.abbr is None and abbr != entry.name:
            entry.abbr = abbr


def _name_in(w: Words, begin: int, end: int) -> str | None:
    for k in range(begin, end):
        if starts(w.toks, k, HEADS) and (end - k >= 2 or starts(w.toks, k, COMPLETE)):
            return w.span(k, end)
    return None
