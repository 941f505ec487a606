"""The document itself: header, legal bases, signature and recipients."""

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints, model_validator

from dakplan.diagnostics import Invalid
from dakplan.model.base import Code, Id, Lax, Strict, Text, Year


def _not_year_zero(value: str) -> str:
    """Year 0000 matches the pattern but is no year a date can have."""
    if value.startswith("0000"):
        raise Invalid("load.bad_date", text=value)
    return value


YearMonth = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$"),
    AfterValidator(_not_year_zero),
    Field(description="A date known only to its month, written YYYY-MM (e.g. 2020-03)."),
]

DocNumber = Annotated[
    str,
    StringConstraints(
        pattern=r"^(\d+(/\d{4})?/[A-ZĐ][A-ZĐa-zđ0-9]*(-[A-ZĐ][A-ZĐa-zđ0-9]*)*"
        r"|\d+-[A-ZĐ][A-ZĐa-zđ]*/[A-ZĐ][A-ZĐa-zđ0-9]*)$"
    ),
    Field(
        description=(
            "Number and symbol as printed: state form 01/NQ-CP, 45/2025/NĐ-CP, or Party form "
            "149-KH/TU."
        )
    ),
]


class Period(Strict):
    """A span of whole years, e.g. 2020-2020 for a one-year plan, 2021-2025 for a five-year one."""

    start: Year
    """First year of the period."""
    end: Year
    """Last year of the period (equal to ``start`` for a one-year plan)."""

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.start, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.end, 12, 31)

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


class DocRef(Strict):
    """A document the plan refers to: a resolution, a plan, an agreement, a decree."""

    type: Annotated[str, StringConstraints(pattern=r"^[A-ZĐ][A-ZĐa-z]{0,5}$")] = Field(
        description="Type abbreviation of Decree 30, annex III: NQ, QĐ, CT, KH, CTr, BTT, ..."
    )
    name: Text | None = None
    """The document's kind as written, when it has no number: "Thỏa thuận hợp tác truyền thông"."""
    number: DocNumber | None = None
    """Number and symbol as printed: 01/NQ-CP, 45/2025/NĐ-CP, or Party form 149-KH/TU."""
    date: dt.date | None = None
    """Date of issue (YYYY-MM-DD, unquoted)."""
    issuer: Text | None = None
    """Who issued it, as written: "Tỉnh ủy", "Chính phủ"."""
    subject: Text | None = None
    """What it is about, as written."""
    period: Period | None = None
    """For agreements and programmes: the years they run."""
    parties: list[Code] = Field(default_factory=list)
    """Registry codes of the partners of an agreement."""


class Basis(Strict):
    """One "Căn cứ ..." / "Thực hiện ..." paragraph of the preamble."""

    id: Id
    text: Text
    """The paragraph as issued."""
    documents: list[DocRef] = Field(default_factory=list)
    """The documents it cites."""


class NoteKind(StrEnum):
    """Why a recipient receives the document."""

    REPORT = "b/c"
    """để báo cáo: to report to."""
    EXECUTE = "t/h"
    """để thực hiện: to carry out."""
    COORDINATE = "p/h"
    """để phối hợp: to coordinate."""


class Recipient(Strict):
    """One line of "Nơi nhận"."""

    text: Text
    """The line as printed, without the leading dash, the note and the final ';'."""
    note: Lax[NoteKind] | None = None
    """Why it receives the document: b/c (to report), t/h (to carry out), p/h (to coordinate)."""
    agencies: list[Code] = Field(default_factory=list)
    """Registry codes of the agencies or groups the line names, where they are in the registry."""


class Authority(StrEnum):
    """The authority prefix of a signature block (Decree 30, article 13)."""

    TM = "TM."
    KT = "KT."
    Q = "Q."
    TL = "TL."
    TUQ = "TUQ."


class Signature(Strict):
    """The signature block."""

    # The JSON Schema says what ``_prefix_needs_title`` checks, so editors see it while typing.
    model_config = ConfigDict(json_schema_extra={
        "if": {"required": ["authority"], "properties": {"authority": {
            "type": "string", "description": "An authority prefix is given."}}},
        "then": {"required": ["on_behalf_of"], "properties": {"on_behalf_of": {
            "type": "string", "description": "Then the title it signs for is needed."}}},
    })

    authority: Lax[Authority] | None = None
    """The authority prefix: TM., KT., Q., TL. or TUQ.; needs ``on_behalf_of``."""
    on_behalf_of: Text | None = None
    """The title after the prefix: "CHỦ TỊCH" in "KT. CHỦ TỊCH"."""
    title: Text
    """The signer's own title: "PHÓ CHỦ TỊCH"."""
    name: Text
    """The signer's name."""

    @model_validator(mode="after")
    def _prefix_needs_title(self) -> "Signature":
        if self.authority is not None and self.on_behalf_of is None:
            raise ValueError("a signature with an authority prefix needs 'on_behalf_of'")
        return self


class Issuer(Strict):
    """The issuing body as printed in the header's left column."""

    name: Text
    """The issuing body in capitals: "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK". The header prints a line
    break where the name has one; without one, "ỦY BAN NHÂN DÂN" (or "HỘI ĐỒNG NHÂN DÂN") goes
    on a line of its own, the place under it."""
    parent: Text | None = None
    """The body above it, printed over it, when there is one: "UBND TỈNH ĐẮK LẮK" above a Sở."""
    agency: Code | None = None
    """Its registry code."""


class Document(Strict):
    """Everything in the header and the frame of the document."""

    type: Annotated[str, StringConstraints(pattern=r"^[A-ZĐ][A-ZĐa-z]{0,5}$")] = "KH"
    """Type abbreviation of Decree 30 (KH for a plan)."""
    title: Text = "KẾ HOẠCH"
    """The document's name as printed above the subject line."""
    issuer: Issuer
    """The issuing body."""
    number: Annotated[int, Field(ge=1)] | None = None
    """The registered number, without a leading zero (8 for "08/KH-UBND"); empty until
    registration ("Số: /KH-UBND")."""
    symbol: Annotated[
        str, StringConstraints(pattern=r"^[A-ZĐ][A-ZĐa-zđ]*(-[A-ZĐ][A-ZĐa-zđ0-9]*)+$")]
    """The symbol after the number: KH-UBND."""
    place: Text
    """Place name in the date line: "Đắk Lắk"."""
    date: dt.date | YearMonth | None = None
    """Issue date, YYYY-MM-DD unquoted; YYYY-MM while only the month is known
    ("ngày  tháng 3 năm 2020"); empty before the plan is dated."""
    subject: Text
    """The subject line (trích yếu) as issued."""
    period: Period
    """The years the plan covers."""
    preamble: Text | None = None
    """The sentence after the legal bases that introduces the content."""
    closing: Text | None = None
    """The closing sentence before "Nơi nhận" ("Trên đây là Kế hoạch ... /.")."""
    signature: Signature
    """The signature block: authority prefix, the titles and the signer's name."""
    recipients: list[Recipient] = Field(default_factory=list)
    """"Nơi nhận": one entry per line, in order."""

    @property
    def number_symbol(self) -> str:
        """``08/KH-UBND``, or ``/KH-UBND`` before registration."""
        number = "" if self.number is None else f"{self.number:02d}"
        return f"{number}/{self.symbol}"

    @property
    def issue_date(self) -> dt.date | None:
        """The full issue date when known (a month-only date is not a date)."""
        return self.date if isinstance(self.date, dt.date) else None

    @property
    def latest_date(self) -> dt.date:
        """The last day the document can have been issued on: the date, or its month's end."""
        if isinstance(self.date, dt.date):
            return self.date
        if isinstance(self.date, str):
            import calendar  # (and locale with it) only here: not at every start

            year, month = (int(p) for p in self.date.split("-"))
            return dt.date(year, month, calendar.monthrange(year, month)[1])  # 9999-12 too
        return self.period.last_day
