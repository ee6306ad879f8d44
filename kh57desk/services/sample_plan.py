"""The sample plan shipped with the program: the 98 tasks of the 2025 activity plan of Thái Bình
province's sub-committee on science, technology, innovation and digital transformation
(``resources/sample/tieu-ban-thai-binh-2025.json``, transcribed from the public decision)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk import paths
from kh57desk.services import plan_apply, settings as settings_service, setup

SAMPLE_FILE = "tieu-ban-thai-binh-2025.json"
DEMO_AGENCY = "Sở Nội vụ"


def sample_path() -> Path:
    return paths.resources_dir() / "sample" / SAMPLE_FILE


def load_draft(path: Path | None = None) -> plan_apply.PlanDraft:
    path = path or sample_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    plan = data["plan"]
    tasks = [plan_apply.TaskDraft(ref=t["ref"], content=t["content"], group=t["group"], lead=t["lead"],
                                  coordinating=t["coordinating"], deadline=t["deadline"], note=t["note"],
                                  source_row=i + 1) for i, t in enumerate(data["tasks"])]
    return plan_apply.PlanDraft(tasks=tasks, number=plan.get("number") or "", title=plan["title"],
                                issuer=plan.get("issuer", ""), schedule_text=plan.get("schedule_text", ""),
                                source_file=SAMPLE_FILE)


def load_demo(session: Session) -> plan_apply.PlanPreview:
    """Load the sample plan; a database not yet set up becomes the demo agency's."""
    prefs = settings_service.load(session)
    if not prefs.configured:
        setup.initialise(session, DEMO_AGENCY, signer_name="Nguyễn Văn An", signer_title="PHÓ GIÁM ĐỐC",
                         signer_authority="KT. GIÁM ĐỐC")
    return plan_apply.apply(session, load_draft())
