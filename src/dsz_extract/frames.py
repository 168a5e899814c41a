"""Reports as pandas DataFrames (mentions, deals, metrics, talent)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def frames(reports: Iterable[Any]) -> dict[str, Any]:
    raise NotImplementedError("frames arrive with the records issue")
