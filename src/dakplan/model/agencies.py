"""The registry of agencies and the groups that share duties."""

from __future__ import annotations

from enum import StrEnum

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
    short: list[Text] = []
    """Short names used in documents: "Sở TT&TT"."""
    aliases: list[Text] = []
    """Other names people type: "So TTTT", "Department of Information and Communications"."""
    kind: Lax[AgencyKind]

    @property
    def names(self) -> list[str]:
        return [self.code, self.name, *self.short, *self.aliases]


class Group(Strict):
    """Several agencies that share the group's duties ("the central press agencies")."""

    code: Code
    name: Text
    """The name as the plan writes it: "Các cơ quan báo chí Trung ương"."""
    short: list[Text] = []
    aliases: list[Text] = []
    members: list[Code] = []
    """Codes of member agencies or groups."""
    member_kinds: list[Lax[AgencyKind]] = []
    """Every registered agency of these kinds is a member ("all departments")."""

    @property
    def names(self) -> list[str]:
        return [self.code, self.name, *self.short, *self.aliases]
