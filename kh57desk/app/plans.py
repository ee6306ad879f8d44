"""Importing a plan from a file: what the window's import dialog and ``kh57 import`` apply."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kh57desk.app.changes import Changes, Outcome
from kh57desk.services import plan_import
from kh57desk.services.plan_apply import PlanDraft, PlanPreview

PLAN_APPLIED = Changes(tasks=True, indicators=True)


def apply_plan(session: Session, draft: PlanDraft) -> Outcome[PlanPreview]:
    """Apply a previewed plan in the caller's transaction: new, changed, withdrawn tasks and targets."""
    return Outcome(plan_import.apply(session, draft), PLAN_APPLIED)
