"""Names of agencies: when two spellings name the same body, and the code a name gets.

Administrative texts shorten names by initials: "Sở TT&TT" is the "Sở Thông tin và Truyền
thông", "Đài PT và TH tỉnh" the "Đài Phát thanh và Truyền hình tỉnh", "UBND" the "Ủy ban nhân
dân", "Công TTĐT" (an OCR slip for "Cổng") the "Cổng Thông tin điện tử". Rather than a table of
abbreviations, a word printed in capitals may stand for the run of words whose initials it
spells (a "và" between them does not count, "Trung ương" is "TW"). Everything is compared
folded (``dakplan.i18n.vn.fold``: no case, no diacritics), so an OCR slip in a tone mark does not
matter either.

Codes are made the usual way (the rule, documented in the README):

1. an abbreviation the text itself gives in parentheses: "Đài Tiếng nói Việt Nam (VOV)" -> VOV;
2. a newspaper, "Báo" and the initials of its name: "Báo Đắk Lắk" -> BAODL;
3. otherwise the initials of the words, "và" and "các" left out, a word in capitals counting
   as its letters, and a locality at the end left out ("... tỉnh", "... huyện", the plan's own
   place): "Sở Thông tin và Truyền thông" -> STTTT, "Ủy ban nhân dân tỉnh Đắk Lắk" -> UBND,
   "Đài PT-TH Lâm Đồng" -> DPTTH, the locality kept when the code without it is another
   body's ("UBND huyện Một" beside the province's UBND -> UBNDHM); a group leaves out its
   generic nouns as well ("các cơ quan báo chí Trung ương" -> BCTW; "Các đơn vị", nothing
   else, -> DONVI) and, named by listing other groups, joins their codes (SBN + HUYEN ->
   SBNHUYEN) unless a short form of it abbreviates in six letters or fewer and is no
   member's code ("Các Sở, ban, ngành, địa phương" -> SBNDP).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dakplan.i18n.vn import fold, nfc


@dataclass(frozen=True)
class Tok:
    text: str
    """As printed."""
    low: str
    """Lower case, diacritics kept: for telling words apart ("bộ" is not "bố")."""
    key: str
    """Folded: for comparing names."""
    start: int
    end: int
    sep: str
    """What stands between the previous token and this one, spaces taken off ("", ",", ":")."""
    abbr: bool


_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Words:
    """A text and its tokens, so that a run of tokens can be printed back as written."""

    text: str
    toks: tuple[Tok, ...]

    def span(self, i: int, end: int) -> str:
        if end <= i:
            return ""
        return self.text[self.toks[i].start:self.toks[end - 1].end]


@lru_cache(maxsize=8192)
def words(text: str) -> Words:
    return Words(text, tokens(text))


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Tok, ...]:
    out: list[Tok] = []
    end = 0
    for found in _WORD.finditer(text):
        word = found.group()
        letters = [c for c in word if c.isalpha()]
        out.append(Tok(word, _new_style(nfc(word).lower()), fold(word), found.start(), found.end(),
                       text[end:found.start()].strip(),
                       len(letters) >= 2 and all(c.isupper() for c in letters)))
        end = found.end()
    return tuple(out)


_TONE_PLACES = (("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỵ", "ụy"), ("uỹ", "ũy"),
                ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"))


def _new_style(word: str) -> str:
    """A closing "oa"/"uy" toned the new way ("uỷ" and "ủy" are one word; "toàn" stays)."""
    for old, new in _TONE_PLACES:
        if word.endswith(old):
            return word[:-2] + new
    return word


@dataclass(frozen=True)
class Unit:
    key: str
    initials: str
    abbr: bool


_SKIPPABLE = frozenset({"va", "cac"})


def units(toks: tuple[Tok, ...] | list[Tok]) -> tuple[Unit, ...]:
    """Tokens as units of a name: "Trung ương" is one unit whose initials are "tw"."""
    out: list[Unit] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.key == "trung" and i + 1 < len(toks) and toks[i + 1].key == "uong":
            out.append(Unit("trung uong", "tw", False))
            i += 2
            continue
        out.append(Unit(tok.key, tok.key if tok.abbr else tok.key[:1], tok.abbr))
        i += 1
    return tuple(out)


def match_prefix(text: tuple[Unit, ...], name: tuple[Unit, ...], start: int = 0) -> int | None:
    """How many units of ``text`` from ``start`` spell ``name`` (all of it), or None.

    A unit in capitals on either side may stand for a run of units of the other whose
    initials it spells; "và" and "các" inside a name may be left out on either side.
    """
    cache: dict[tuple[int, int], int | None] = {}

    def go(i: int, j: int) -> int | None:
        if j == len(name):
            return i
        if (i, j) in cache:
            return cache[(i, j)]
        cache[(i, j)] = None
        found: int | None = None
        if i < len(text):
            a, b = text[i], name[j]
            if a.key == b.key:
                found = go(i + 1, j + 1)
            if found is None and a.abbr and len(a.key) >= 2:
                found = _spell(a.key, name, j, lambda k: go(i + 1, k))
            if found is None and b.abbr and len(b.key) >= 2:
                found = _spell(b.key, text, i, lambda k: go(k, j + 1))
            if found is None and a.key in _SKIPPABLE and i > start:
                found = go(i + 1, j)
        if found is None and j < len(name) and name[j].key in _SKIPPABLE and j > 0:
            found = go(i, j + 1)
        cache[(i, j)] = found
        return found

    return go(start, 0)


def _spell(letters: str, seq: tuple[Unit, ...], at: int, then: object) -> int | None:
    """Try each run of ``seq`` from ``at`` whose initials spell ``letters``; ``then(end)``."""
    assert callable(then)
    spelled = ""
    k = at
    while k < len(seq) and len(spelled) < len(letters):
        unit = seq[k]
        if unit.key not in _SKIPPABLE or k == at:
            spelled += unit.initials
        k += 1
        if not letters.startswith(spelled):
            return None
        if spelled == letters and (k - at >= 2 or len(seq[at].initials) >= 2):
            result: int | None = then(k)
            if result is not None:
                return result
    return None


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same body ("Sở TT&TT", "Sở Thông tin và Truyền thông")."""
    ua, ub = units(strip_cac(tokens(a))), units(strip_cac(tokens(b)))
    if not ua or not ub:
        return False
    return match_prefix(ua, ub) == len(ua)


def strip_cac(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    return toks[1:] if toks and toks[0].key in ("cac", "nhung") else toks


# --- codes -----------------------------------------------------------------------------------

_LOCALITY = ("tỉnh", "huyện", "thành phố", "thị xã", "xã", "phường", "thị trấn")
_GROUP_NOUNS = frozenset({"cơ quan", "đơn vị", "tổ chức"})


def ascii_code(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", fold(text).upper())


def initials(name: str, places: tuple[str, ...] = (), group: bool = False,
             locality: bool = False) -> str:
    """The code of ``name`` by the rule; ``locality``: the closing locality kept (for a name
    whose code without it is another body's: "UBND huyện Một" beside the issuing UBND)."""
    toks = list(strip_cac(tokens(name)))
    newspaper = bool(toks) and toks[0].low == "báo" and not group
    if not locality:
        toks = _drop_locality(toks, places)
    if group:
        toks = _drop_generic(toks)
    if not toks:
        return ""
    if newspaper and len(toks) > 1:
        return "BAO" + "".join(_letters(u) for u in units(toks[1:]))
    return "".join(_letters(u) for u in units(toks) if u.key not in _SKIPPABLE)


def _letters(unit: Unit) -> str:
    return ascii_code(unit.initials if unit.abbr or unit.key == "trung uong" else unit.key[:1])


def _drop_locality(toks: list[Tok], places: tuple[str, ...]) -> list[Tok]:
    for k in range(1, len(toks)):
        if toks[k - 1].low == "tấn":  # "Thông tấn xã" is no commune
            continue
        rest = " ".join(t.low for t in toks[k:])
        if any(rest == w or rest.startswith(w + " ") for w in _LOCALITY) \
                and toks[k].text[:1].islower():
            return toks[:k]
    for place in places:
        place_toks = tokens(place)
        n = len(place_toks)
        if n and len(toks) > n + 1 and [t.key for t in toks[-n:]] == [t.key for t in place_toks]:
            return toks[:-n]
    return toks


def _drop_generic(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        pair = " ".join(t.low for t in toks[k:k + 2])
        if pair in _GROUP_NOUNS:
            k += 2
            continue
        out.append(toks[k])
        k += 1
    return out


# --- what kind of body a name is -------------------------------------------------------------

_KINDS: tuple[tuple[str, str], ...] = (
    (r"^(thong tan xa viet nam|dai tieng noi viet nam|dai truyen hinh viet nam|vtv|vov|ttxvn"
     r"|bao nhan dan|ban dieu hanh kenh|co quan thuong tru)", "central_press"),
    (r"^(bo chi huy|cong an tinh)", "department"),
    (r"^(bo |chinh phu|thu tuong|cuc |tong cuc|van phong chinh phu|quoc hoi)",
     "central_government"),
    (r"(tinh uy|huyen uy|thanh uy|thi uy|dang bo|^ban (tuyen giao|dan van|to chuc|thuong vu))",
     "party"),
    (r"^(hoi dong nhan dan|hdnd)", "people_council"),
    (r"^(uy ban nhan dan|ubnd) (tinh|thanh pho truc thuoc)", "people_committee"),
    (r"^(uy ban nhan dan|ubnd) (huyen|thi xa|thanh pho|quan)", "district"),
    (r"^(uy ban nhan dan|ubnd) (xa|phuong|thi tran)", "commune"),
    (r"^(uy ban nhan dan|ubnd)$", "people_committee"),
    (r"^(bao |dai phat thanh|dai pt|cong (thong tin dien tu|ttdt)|dai truyen thanh)",
     "local_press"),
    (r"^(so |cong an tinh|bo chi huy|ban quan ly|van phong uy ban|van phong ubnd)", "department"),
)


def kind_of(name: str) -> str:
    key = fold(name)
    for pattern, kind in _KINDS:
        if re.search(pattern, key):
            return kind
    return "other"


# --- short forms spelled out ------------------------------------------------------------------

_SPELLED = (
    ("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"),
    ("TT&TT", "Thông tin và Truyền thông"), ("TTTT", "Thông tin và Truyền thông"),
    ("PT và TH", "Phát thanh và Truyền hình"), ("PT-TH", "Phát thanh - Truyền hình"),
    ("PTTH", "Phát thanh - Truyền hình"), ("TTĐT", "Thông tin điện tử"),
    ("VHTTDL", "Văn hóa, Thể thao và Du lịch"), ("VH-TT", "Văn hóa - Thông tin"),
    ("VH&TT", "Văn hóa và Thông tin"), ("KH&ĐT", "Kế hoạch và Đầu tư"),
    ("TN&MT", "Tài nguyên và Môi trường"), ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"), ("KH&CN", "Khoa học và Công nghệ"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"), ("GTVT", "Giao thông vận tải"),
    ("TW", "Trung ương"),
)


def spelled_out(name: str) -> str:
    """``name`` with the usual short forms written in full ("Sở TT&TT" -> "Sở Thông tin và
    Truyền thông"); the name itself when it has none."""
    out = name
    for short, full in _SPELLED:
        out = re.sub(rf"(?<![\w&-]){re.escape(short)}(?![\w&-])", full, out)
    return out


def ends_with(text: str, phrase: str) -> bool:
    return fold(text).endswith(fold(phrase))
