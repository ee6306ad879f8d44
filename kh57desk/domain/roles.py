"""An agency's role in a task: it leads it (chủ trì), coordinates (phối hợp), or is only among
"đơn vị liên quan" in general (liên quan chung: kept apart, never counted as lead or coordinator)."""

from __future__ import annotations

LEAD, COORDINATE, RELATED = "lead", "coordinate", "related"
ROLE_LABELS = {LEAD: "Chủ trì", COORDINATE: "Phối hợp", RELATED: "Liên quan (chung)"}
