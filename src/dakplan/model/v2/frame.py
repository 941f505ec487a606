"""The frame of the document in version 2: header, bases with their cited documents, and
the signature as a chain of authority lines. Issuer, period and recipients are version 1's."""

import calendar
import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from dakplan.i18n.vn import fold
from dakplan.model.base import Code, Id, Lax, Strict, Text
from dakplan.model.document import Authority, Issuer, Period, Recipient, YearMonth
from dakplan.model.v2 import docnumber

DocType = Annotated[str, StringConstraints(pattern=r"^[A-ZĐ][A-ZĐa-z]{0,5}$")]


def month_span(value: dt.date | str) -> tuple[dt.date, dt.date]:
    """The first and last day a date, or a ``YYYY-MM`` month, can stand for."""
    if isinstance(value, dt.date):
        return value, value
    year, month = (int(p) for p in value.split("-"))
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class CitedDocument(Strict):
    """A document the plan cites: a resolution, a plan, an agreement, an official letter."""

    type: DocType | None = None
    """Type abbreviation of Decree 30, annex III (NQ, QĐ, KH, CTr, BTT, ...), when it has one;
    a law or an official letter (công văn) has none in its number."""
    name: Text | None = None
    """The document's kind as written, when it has no number: "Thỏa thuận hợp tác"."""
    number: Text | None = None
    """Number and symbol exactly as printed ("01/NQ-CP", "149-KH/TU", even "118/TTr- STTTT");
    read when it has a usual form, a warning (DK310) when not."""
    date: dt.date | YearMonth | None = None
    """Date of issue; YYYY-MM when only the month is printed; empty when undated."""
    issuer: Text | None = None
    """Who issued it, as written: "Tỉnh ủy", "Chính phủ"."""
    subject: Text | None = None
    """What it is about, as written."""
    period: Period | None = None
    """For agreements and programmes: the years they run."""
    parties: list[Code] = Field(default_factory=list)
    """Registry codes of the partners of an agreement."""
    short_name: Text | None = None
    """The name the plan gives it ("sau đây viết tắt là Kế hoạch số 96")."""

    @property
    def parsed(self) -> docnumber.DocNumber | None:
        """The number read from its printed form, when it reads."""
        if self.number is None:
            return None
        found = docnumber.parse(self.number)
        return found if isinstance(found, docnumber.DocNumber) else None

    @property
    def ref(self) -> str:
        """How messages name it: its number, else its name, else its type."""
        return self.number or self.name or self.short_name or self.type or "?"


class Intro(StrEnum):
    """How a basis paragraph is introduced (read from its text, never stored)."""

    CAN_CU = "can-cu"
    THUC_HIEN = "thuc-hien"
    THEO_DE_NGHI = "theo-de-nghi"
    XET_DE_NGHI = "xet-de-nghi"
    OTHER = "other"


_INTROS = [("can cu", Intro.CAN_CU), ("thuc hien", Intro.THUC_HIEN),
           ("theo de nghi", Intro.THEO_DE_NGHI), ("xet de nghi", Intro.XET_DE_NGHI)]


class Basis(Strict):
    """One "Căn cứ ..." / "Thực hiện ..." / "Theo đề nghị của ..." paragraph."""

    id: Id
    text: Text
    """The paragraph as issued."""
    documents: list[CitedDocument] = Field(default_factory=list)
    """The documents it cites."""
    proposer: Code | None = None
    """The registry code of the agency whose proposal it cites ("Theo đề nghị của ...")."""

    @property
    def intro(self) -> Intro:
        """How it is introduced, compared without case or diacritics."""
        head = fold(self.text)
        for words, intro in _INTROS:
            if head == words or head.startswith(words + " "):
                return intro
        return Intro.OTHER


class ChainLine(Strict):
    """One authority line of a signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"."""

    authority: Lax[Authority]
    """The prefix: TM., KT., Q., TL. or TUQ."""
    on_behalf_of: Text
    """The body or title it signs for: "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"."""


class Signature(Strict):
    """The signature block: authority lines outermost first, the signer's title, the name."""

    chain: list[ChainLine] = Field(default_factory=list)
    """The authority lines; empty when the signer signs in his own right."""
    title: Text
    """The signer's own title: "PHÓ CHỦ TỊCH"."""
    name: Text
    """The signer's name."""

    @property
    def lines(self) -> list[str]:
        """The lines as printed above the name."""
        return [*(f"{line.authority} {line.on_behalf_of}" for line in self.chain), self.title]


class Document(Strict):
    """The header and the frame of the document."""

    type: DocType = "KH"
    """Type abbreviation of Decree 30 (KH for a plan)."""
    title: Text = "KẾ HOẠCH"
    """The document's name as printed above the subject line."""
    issuer: Issuer
    """The issuing body, as version 1 prints it (``parent`` above ``name``)."""
    number: Annotated[int, Field(ge=1)] | None = None
    """The registered number, without a leading zero; empty until registration."""
    symbol: Text
    """The symbol after the number: KH-UBND (a symbol of another form is a warning, DK310)."""
    place: Text
    """Place name in the date line."""
    date: dt.date | YearMonth | None = None
    """Issue date; YYYY-MM while only the month is known; empty before the plan is dated."""
    subject: Text
    """The subject line (trích yếu) as issued."""
    period: Period
    """The years the plan covers."""
    signature: Signature
    """The signature block."""
    recipients: list[Recipient] = Field(default_factory=list)
    """"Nơi nhận": one entry per line, in order."""

    @property
    def number_symbol(self) -> str:
        """``08/KH-UBND``, or ``/KH-UBND`` before registration."""
        number = "" if self.number is None else f"{self.number:02d}"
        return f"{number}/{self.symbol}"

    @property
    def issue_date(self) -> dt.date | None:
        """The full issue date when known."""
        return self.date if isinstance(self.date, dt.date) else None

    @property
    def latest_date(self) -> dt.date:
        """The last day the document can have been issued on."""
        if self.date is None:
            return self.period.last_day
        return month_span(self.date)[1]

    @property
    def earliest_due(self) -> dt.date:
        """The first day a deadline may fall on: the issue date (its month's first day when
        only the month is known), or the period's first day when undated."""
        if self.date is None:
            return self.period.first_day
        return month_span(self.date)[0]
