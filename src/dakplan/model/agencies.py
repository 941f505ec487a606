"""The registry of agencies and the groups that share duties."""

import datetime as dt
from enum import StrEnum

from pydantic import Field, model_validator

from dakplan.diagnostics import Invalid
from dakplan.model.base import Code, Lax, Strict, Text


class AgencyKind(StrEnum):
    """What kind of body an agency is. Groups can take in every agency of a kind."""

    CENTRAL_PRESS = "central_press"
    """A central press agency: TTXVN, VOV, VTV and its channels."""
    CENTRAL_GOVERNMENT = "central_government"
    """The Government, a ministry or another central state body."""
    PARTY = "party"
    """A Party committee or one of its departments (Tỉnh ủy, Ban Tuyên giáo)."""
    PEOPLE_COUNCIL = "people_council"
    """A People's Council (HĐND)."""
    PEOPLE_COMMITTEE = "people_committee"
    """A provincial People's Committee (UBND tỉnh) or its office."""
    DEPARTMENT = "department"
    """A provincial department or agency (Sở, ban, ngành)."""
    DISTRICT = "district"
    """A district-level People's Committee (huyện, thị xã, thành phố thuộc tỉnh)."""
    COMMUNE = "commune"
    """A commune-level People's Committee (xã, phường, thị trấn)."""
    LOCAL_PRESS = "local_press"
    """A provincial newspaper, radio-television station or web portal."""
    OTHER = "other"
    """Anything else."""


class Agency(Strict):
    """One body that can be given a duty."""

    code: Code
    name: Text
    """The full official name: "Sở Thông tin và Truyền thông"."""
    short: list[Text] = Field(default_factory=list)
    """Short names used in documents: "Sở TT&TT"."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people type: "So TTTT", "Department of Information and Communications"."""
    kind: Lax[AgencyKind]
    """What kind of body it is; groups can take in every agency of a kind."""
    valid_from: dt.date | None = None
    """The first day the agency existed, when it was set up within the plans' horizon."""
    valid_to: dt.date | None = None
    """The last day the agency existed (28/02/2025 for a Sở TT&TT merged on 1/3/2025)."""
    successors: list[Code] = Field(default_factory=list)
    """The agencies that took over its duties when it ended (several when it was split)."""
    merged_into: Code | None = None
    """The existing agency it was merged into; that agency carries its duties."""

    @property
    def names(self) -> list[str]:
        return [self.code, self.name, *self.short, *self.aliases]

    @property
    def carried_by(self) -> list[str]:
        """The codes that carry its duties after it ended: the merger target, then successors."""
        found = [self.merged_into] if self.merged_into else []
        return list(dict.fromkeys([*found, *self.successors]))

    def exists_on(self, day: dt.date) -> bool:
        """Whether the agency existed on ``day`` (no dates: it always did)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @model_validator(mode="after")
    def _lifetime_in_order(self) -> "Agency":
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise Invalid("model.lifetime_reversed")
        if (self.successors or self.merged_into) and self.valid_to is None:
            raise Invalid("model.successor_needs_end")
        return self


class Group(Strict):
    """Several agencies that share the group's duties ("the central press agencies")."""

    code: Code
    name: Text
    """The name as the plan writes it: "Các cơ quan báo chí Trung ương"."""
    short: list[Text] = Field(default_factory=list)
    """Short names used in documents: "cơ quan báo chí Trung ương"."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people type for the group."""
    members: list[Code] = Field(default_factory=list)
    """Codes of member agencies or groups."""
    member_kinds: list[Lax[AgencyKind]] = Field(default_factory=list)
    """Every registered agency of these kinds is a member ("all departments")."""

    @property
    def names(self) -> list[str]:
        return [self.code, self.name, *self.short, *self.aliases]
