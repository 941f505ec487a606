"""The Vietnamese encodings that came before Unicode, to say which one a non-UTF-8 file is in.

dakplan never reads a plan in these encodings: a file that is not UTF-8 is refused. But the
fix differs: a Windows-1258 file is re-saved as UTF-8 in any editor, while a TCVN3 (ABC) or VNI
file must first be converted (Unikey's converter, "Công cụ chuyển mã"), because editors show it
as the wrong letters. So the error names the encoding the bytes look like, when one fits well.

* TCVN3 (ABC, the ``.Vn`` fonts): one byte per lower-case letter; capitals with a tone mark
  exist only in the upper-case fonts, which reuse the lower-case bytes.
* VNI (the ``VNI-`` fonts): a vowel followed by a byte for its marks (``Vieät`` = Việt).
* Windows-1258: composed letters and combining tone marks; Python has the codec.
"""

from __future__ import annotations

import unicodedata

# TCVN3 (ABC): byte -> letter. Bytes are given as the Latin-1 characters they show as.
_TCVN3 = {
    "µ": "à", "¸": "á", "©": "â", "·": "ã", "Ì": "è", "Ð": "é", "ª": "ê", "×": "ì", "Ý": "í",
    "ß": "ò", "ã": "ó", "«": "ô", "â": "õ", "ï": "ù", "ó": "ú", "ý": "ý", "¨": "ă", "®": "đ",
    "Ü": "ĩ", "ò": "ũ", "¬": "ơ", "\xad": "ư", "¹": "ạ", "¶": "ả", "Ê": "ấ", "Ç": "ầ", "È": "ẩ",
    "É": "ẫ", "Ë": "ậ", "¾": "ắ", "»": "ằ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ", "Ñ": "ẹ", "Î": "ẻ",
    "Ï": "ẽ", "Õ": "ế", "Ò": "ề", "Ó": "ể", "Ô": "ễ", "Ö": "ệ", "Ø": "ỉ", "Þ": "ị", "ä": "ọ",
    "á": "ỏ", "è": "ố", "å": "ồ", "æ": "ổ", "ç": "ỗ", "é": "ộ", "í": "ớ", "ê": "ờ", "ë": "ở",
    "ì": "ỡ", "î": "ợ", "ô": "ụ", "ñ": "ủ", "ø": "ứ", "õ": "ừ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "þ": "ỵ", "û": "ỷ", "ü": "ỹ", "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ",
    "¦": "Ư", "§": "Đ",
}
TCVN3_DECODE: dict[int, str] = {ord(k): v for k, v in _TCVN3.items()}

# VNI: tone marks after a plain vowel, and mark bytes that carry a vowel's shape and its tone.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VNI_TONE = "ùøûõï"
_VNI_CIRCUMFLEX = "âáàåãä"  # â ê ô: no tone, then the five tones
_VNI_BREVE = "êéèúüë"  # ă
_VNI_I = "íìæóò"  # i carries its tone in one byte
_VNI_Y_DOT = "î"  # ỵ


def _vni_table() -> dict[str, str]:
    """Every Vietnamese letter (lower and upper case) -> its VNI spelling."""
    table: dict[str, str] = {"đ": "ñ"}
    for base in "aeouy":
        for k, tone in enumerate(_TONES):
            table[base + tone] = base + _VNI_TONE[k]
    for base in "aeo":
        table[base + "\u0302"] = base + _VNI_CIRCUMFLEX[0]
        for k, tone in enumerate(_TONES):
            table[base + "\u0302" + tone] = base + _VNI_CIRCUMFLEX[k + 1]
    table["a\u0306"] = "a" + _VNI_BREVE[0]
    for k, tone in enumerate(_TONES):
        table["a\u0306" + tone] = "a" + _VNI_BREVE[k + 1]
    for base, mark in (("o", "ô"), ("u", "ö")):  # ơ and ư are one byte, then a tone byte
        table[base + "\u031b"] = mark
        for k, tone in enumerate(_TONES):
            table[base + "\u031b" + tone] = mark + _VNI_TONE[k]
    for k, tone in enumerate(_TONES):
        table["i" + tone] = _VNI_I[k]
    table["y\u0323"] = _VNI_Y_DOT
    out: dict[str, str] = {}
    for letters, spelling in table.items():
        lower = unicodedata.normalize("NFC", letters)
        out[lower] = spelling
        out[lower.upper()] = spelling.upper()
    return out


VNI_ENCODE: dict[str, str] = _vni_table()
VNI_DECODE: dict[str, str] = {v: k for k, v in VNI_ENCODE.items()}
VIETNAMESE_LETTERS = frozenset(VNI_ENCODE)
"""The 134 letters of Vietnamese that are not plain ASCII."""

TCVN3_ENCODE: dict[str, str] = {v: chr(k) for k, v in TCVN3_DECODE.items()}


def encode_tcvn3(text: str, errors: str = "strict") -> bytes:
    """``text`` in TCVN3 (ABC); capitals with tones go to the lower-case bytes, as the
    upper-case fonts do. For making test files."""
    text = unicodedata.normalize("NFC", text)
    out = "".join(TCVN3_ENCODE.get(c, TCVN3_ENCODE.get(c.lower(), c)) for c in text)
    return out.encode("latin-1", errors)


def encode_vni(text: str, errors: str = "strict") -> bytes:
    """``text`` in VNI Windows. For making test files."""
    text = unicodedata.normalize("NFC", text)
    return "".join(VNI_ENCODE.get(c, c) for c in text).encode("cp1252", errors)


def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """``text`` in Windows-1258, tone marks as combining bytes as Windows writes them. For
    making test files."""
    out: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFD", text) + "\0":
        if char in _TONES:
            tones.append(char)
        elif unicodedata.combining(char) and out:
            out[-1] = unicodedata.normalize("NFC", out[-1] + char)
        else:
            out += tones
            tones = []
            out.append(char)
    return "".join(out[:-1]).encode("cp1258", errors)


def _decode_tcvn3(raw: bytes) -> str:
    return "".join(TCVN3_DECODE.get(b, chr(b) if b < 0x80 else "\ufffd") for b in raw)


def _decode_vni(raw: bytes) -> str:
    text = raw.decode("cp1252", errors="replace")
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in VNI_DECODE:
            out.append(VNI_DECODE[pair])
            i += 2
            continue
        out.append(VNI_DECODE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def _decode_cp1258(raw: bytes) -> str:
    return unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))


_CANDIDATES = (
    ("Windows-1258", _decode_cp1258),
    ("TCVN3 (ABC)", _decode_tcvn3),
    ("VNI Windows", _decode_vni),
)


def guess(raw: bytes) -> str | None:
    """The legacy encoding ``raw`` reads best in, or None when none reads as Vietnamese.

    Reads best: every character beyond ASCII it decodes to is a Vietnamese letter (nine in ten
    at least); between two that fit, the one that takes fewer characters (VNI joins a vowel and
    its mark byte into one letter, which TCVN3 would read as two).
    """
    best: tuple[float, int, str] | None = None
    for name, decoder in _CANDIDATES:
        text = decoder(raw)
        beyond = [c for c in text if ord(c) >= 0x80]
        if not beyond:
            continue
        score = sum(c in VIETNAMESE_LETTERS for c in beyond) / len(beyond)
        key = (score, -len(text), name)
        if score >= 0.9 and (best is None or key[:2] > best[:2]):
            best = key
    return best[2] if best else None
