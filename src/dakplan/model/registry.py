"""The registry of agencies a repository's plans share (``agencies.yaml``): the same entries a
plan's own ``agencies`` and ``groups`` hold, under a header of its own."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from dakplan.model.agencies import Agency, Group
from dakplan.model.base import Strict

REGISTRY_VERSION = 1
HEADER = "dakplan-registry"
"""The key that makes a file a registry rather than a plan: ``dakplan-registry: 1``."""


class SharedRegistry(Strict):
    """Agencies and groups every plan of a repository reads beside its own."""

    version: Literal[1] = Field(alias="dakplan-registry")
    """The version of the registry file format."""
    agencies: list[Agency] = []
    """The agencies the plans name."""
    groups: list[Group] = []
    """Groups whose members share the group's duties."""
