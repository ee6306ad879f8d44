"""An agency's role in a task: it leads it (chủ trì) or coordinates (phối hợp)."""

from __future__ import annotations

LEAD, COORDINATE = "lead", "coordinate"
ROLE_LABELS = {LEAD: "Chủ trì", COORDINATE: "Phối hợp"}
