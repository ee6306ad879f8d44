"""Group terms, precisely: "đơn vị liên quan" alone makes no agency a party (role "liên quan
(chung)"), a named role beats a group role; cells: a line break after a hyphen joins."""

import pytest

from kh57desk.domain.agency_directory import RELATED, default_directory
from kh57desk.importers.cells import cell_text, unwrap
from kh57desk.services import plan_apply, setup
from kh57desk.services.plan_apply import PlanDraft, TaskDraft

DIRECTORY = default_directory()
KHCN = DIRECTORY.match("Sở Khoa học và Công nghệ")
TAI_CHINH = DIRECTORY.match("Sở Tài chính")
Y_TE = DIRECTORY.match("Sở Y tế")


@pytest.mark.parametrize("agency, lead, coordinating, role, reason", [
    (KHCN, "Bộ Chỉ huy Quân sự tỉnh", "Đơn vị liên quan", RELATED, 'Liên quan chung: "Đơn vị liên quan"'),
    (KHCN, "Bộ đội Biên phòng tỉnh", "Các cơ quan, đơn vị có liên quan", RELATED,
     'Liên quan chung: "Đơn vị liên quan"'),
    (KHCN, "Cơ quan liên quan", "", RELATED, 'Liên quan chung: "Đơn vị liên quan"'),
    (TAI_CHINH, "Các sở, ban, ngành", "Sở Tài chính", "coordinate", "Được giao phối hợp"),
    (Y_TE, "Các sở, ban, ngành", "Sở Tài chính", "lead", 'Thuộc nhóm "Các sở, ban, ngành"'),
    (Y_TE, "Sở Tài chính", "Các sở, ban, ngành và đơn vị liên quan", "coordinate", 'Thuộc nhóm "Các sở, ban, ngành"'),
    (Y_TE, "Sở Tài chính", "Sở, ban, ngành, đơn vị liên quan", "coordinate", 'Thuộc nhóm "Các sở, ngành liên quan"'),
    (TAI_CHINH, "Sở Tài chính", "Đơn vị liên quan", "lead", "Được giao chủ trì"),
])
def test_roles(agency, lead, coordinating, role, reason):
    found = DIRECTORY.assignment(agency, lead, coordinating)
    assert (found.role, found.reason) == (role, reason)


def test_a_task_nobody_in_particular_is_given():
    assert DIRECTORY.assignment(KHCN, "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh") is None


def test_vague_tasks_are_kept_under_their_own_role(workspace):
    draft = PlanDraft(tasks=[
        TaskDraft("1", "Diễn tập phòng thủ khu vực", lead="Bộ Chỉ huy Quân sự tỉnh", coordinating="Đơn vị liên quan"),
        TaskDraft("2", "Tuần tra biên giới", lead="Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                  coordinating="Cơ quan, đơn vị liên quan"),
        TaskDraft("3", "Xây dựng sàn giao dịch công nghệ", lead="Các sở, ban, ngành",
                  coordinating="Sở Khoa học và Công nghệ")], title="Kế hoạch thử")
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ")
        preview = plan_apply.apply(session, draft)
    assert [(c.ref, c.role, c.reason) for c in preview.added] == [
        ("1", RELATED, 'Liên quan chung: "Đơn vị liên quan"'), ("2", RELATED, 'Liên quan chung: "Đơn vị liên quan"'),
        ("3", "coordinate", "Được giao phối hợp")]


@pytest.mark.parametrize("raw, text", [
    ("Công văn số 1246/UBND-\nVXNV ngày 31/3/2025", "Công văn số 1246/UBND-VXNV ngày 31/3/2025"),
    ("Kế hoạch 26/KH-\nUBND", "Kế hoạch 26/KH-UBND"),
    ("Trường Đại học Y -\nDược Thái Bình", "Trường Đại học Y -\nDược Thái Bình"),
    ("Sở Tài chính\n- Sở Nội vụ", "Sở Tài chính\n- Sở Nội vụ"),
])
def test_a_line_break_after_a_hyphen_joins_without_a_space(raw, text):
    assert cell_text(raw) == text
    assert " - " not in unwrap(cell_text("Sở Thông tin-\nTruyền thông"))
