"""Migration 0004: a database populated at 0003 (per-period entries, their history, attachments,
target figures, a report marked sent) upgrades to the journal of dated updates and loses nothing."""

import datetime as dt
import json
import sqlite3

from sqlalchemy import select, text

from kh57desk.db import migrate
from kh57desk.db.models import Attachment, IndicatorValue, ProgressUpdate, ReportedPeriod
from kh57desk.db.session import make_engine, open_database

TASK_SQL = ("INSERT INTO task (id, uid, plan_id, ref, position, group_name, content, lead_text, coordinating_text, "
            "deadline_text, deadline_kind, product, note, withdrawn, role, role_reason, search_key, created_at, "
            "updated_at) VALUES (:id, :uid, 1, :ref, :id, 'Nhóm I', :content, 'Sở Nội vụ', '', 'Tháng 6/2025', "
            "'date', '', '', 0, 'lead', '', '', '2025-02-13', '2025-02-13')")
ENTRY_SQL = ("INSERT INTO progress_entry (uid, task_id, period, state, percent, completed_on, result, "
             "output_doc_number, output_doc_date, difficulties, proposals, agency_id, updated_at) VALUES (:uid, "
             ":task, :period, :state, :percent, :completed, :result, :doc, :doc_date, :diff, :prop, :agency, :saved)")


def _entry(**values):
    base = dict(state="in_progress", percent=None, completed=None, result="", doc="", doc_date=None, diff="",
                prop="", agency=None)
    return base | values


ENTRIES = [
    # a monthly entry saved after its window closed: dated on the window's end (14/05/2025)
    _entry(uid="e-m05", task=1, period="2025-M05", percent=40, result="Dự thảo kế hoạch đã trình",
           doc="45/KH-SNV", doc_date="2025-04-18", diff="Thiếu kinh phí", saved="2025-06-01 09:00:00"),
    # the quarter's entry of the same task: its own update, text kept separately
    _entry(uid="e-q2", task=1, period="2025-Q2", state="completed", percent=100, completed="2025-06-10",
           result="Kế hoạch đã ban hành", prop="Nhân rộng mô hình", saved="2025-06-12 10:00:00"),
    # saved inside its window: dated on the day saved
    _entry(uid="e-q2-t2", task=2, period="2025-Q2", percent=30, result="Khảo sát hiện trạng",
           saved="2025-05-02 08:00:00"),
    # completion after the day saved (entered ahead): dated on the completion date
    _entry(uid="e-q3-t2", task=2, period="2025-Q3", state="completed", percent=100, completed="2025-08-20",
           result="Hoàn thành khảo sát", saved="2025-08-01 08:00:00"),
    # the coordinator's copy of an agency's entry
    _entry(uid="e-agency", task=2, period="2025-Q2", percent=20, result="Theo báo cáo của Sở Y tế", agency=1,
           saved="2025-06-15 08:00:00"),
]
HISTORY = {"state": "in_progress", "percent": 10, "completed_on": None, "result": "Bản đầu tiên",
           "output_doc_number": "", "output_doc_date": None, "difficulties": "", "proposals": "",
           "updated_at": "2025-02-01T08:00:00"}  # saved before the Q2 window opened: clamped to 15/03/2025


def _populate(path):
    engine = make_engine(path)
    migrate.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO agency (id, name, short_name, aliases, kind, abbreviation) "
                          "VALUES (1, 'Sở Y tế', '', '', 'department', 'SYT')"))
        conn.execute(text("INSERT INTO plan (id, uid, number, title, issuer, schedule, source_file, source_sha256, "
                          "created_at) VALUES (1, 'p1', '26/KH-UBND', 'Kế hoạch', 'UBND tỉnh', '', '', '', "
                          "'2025-02-13 00:00:00')"))
        for task_id, content in ((1, "Ban hành kế hoạch chuyển đổi số"), (2, "Khảo sát hạ tầng số")):
            conn.execute(text(TASK_SQL), {"id": task_id, "uid": f"t{task_id}", "ref": f"({task_id})",
                                          "content": content})
        for entry in ENTRIES:
            conn.execute(text(ENTRY_SQL), entry)
        conn.execute(text("INSERT INTO progress_history (task_id, period, agency_id, data, replaced_at, source) "
                          "VALUES (2, '2025-Q2', NULL, :data, '2025-05-02 07:59:00', 'test')"),
                     {"data": json.dumps(HISTORY)})
        for name, sha, period in (("ke-hoach.pdf", "a" * 64, "2025-Q2"), ("bien-ban.docx", "b" * 64, "2025-M05"),
                                  ("anh.png", "c" * 64, "2025-M06")):
            conn.execute(text("INSERT INTO attachment (sha256, file_name, size, task_id, period, added_at) "
                              "VALUES (:sha, :name, 10, 1, :period, '2025-06-05 08:00:00')"),
                         {"sha": sha, "name": name, "period": period})
        conn.execute(text("INSERT INTO indicator (id, uid, plan_id, position, group_name, text, comparator, target, "
                          "unit, per_year, withdrawn) VALUES (1, 'i1', 1, 0, '', 'Tỷ lệ phủ sóng 5G', '>=', 60, "
                          "'%', 0, 0)"))
        conn.execute(text("INSERT INTO indicator_value (indicator_id, period, value, note, agency_id, updated_at) "
                          "VALUES (1, '2025-Q2', 62.5, 'Đo tháng 6', NULL, '2025-07-02 08:00:00')"))
        conn.execute(text(
            "INSERT INTO generated_report (uid, plan_id, period, number, issued_on, version, files, signed, signer, "
            "signature_info, free_text, recipients, note, submitted, created_at) VALUES ('r1', 1, '2025-M05', "
            "'01/BC-SNV', '2025-05-20', 1, '[]', 0, '', '', '', '', :note, 1, '2025-05-20 08:00:00')"),
            {"note": json.dumps({"submitted_on": "2025-05-21"})})
    engine.dispose()


def test_upgrade_from_0003_turns_entries_and_history_into_dated_updates(tmp_path):
    path = tmp_path / "old.sqlite3"
    _populate(path)
    db = open_database(path, tmp_path / "backups")
    with db.reader() as session:
        updates = {u.uid: u for u in session.scalars(select(ProgressUpdate))}
        # every entry keeps its identity, values and texts
        m05, q2 = updates["e-m05"], updates["e-q2"]
        assert (m05.on_date, m05.percent, m05.result, m05.output_doc_number, m05.output_doc_date,
                m05.difficulties) == (dt.date(2025, 5, 14), 40, "Dự thảo kế hoạch đã trình", "45/KH-SNV",
                                      dt.date(2025, 4, 18), "Thiếu kinh phí")
        assert (q2.on_date, q2.state, q2.percent, q2.completed_on, q2.result, q2.proposals) == (
            dt.date(2025, 6, 12), "completed", 100, dt.date(2025, 6, 10), "Kế hoạch đã ban hành", "Nhân rộng mô hình")
        assert updates["e-q2-t2"].on_date == dt.date(2025, 5, 2)
        assert (updates["e-q3-t2"].on_date, updates["e-q3-t2"].completed_on) == (dt.date(2025, 8, 20),
                                                                                  dt.date(2025, 8, 20))
        agency_copy = updates["e-agency"]
        assert (agency_copy.agency_id, agency_copy.on_date, agency_copy.result) == (1, dt.date(2025, 6, 14),
                                                                                     "Theo báo cáo của Sở Y tế")
        # the history row is an earlier update of task 2, clamped into Q2's window
        earlier = [u for u in updates.values() if u.result == "Bản đầu tiên"]
        assert len(earlier) == 1
        assert (earlier[0].task_id, earlier[0].on_date, earlier[0].percent, earlier[0].agency_id) == (
            2, dt.date(2025, 3, 15), 10, None)
        assert all(u.completed_on is None or u.completed_on <= u.on_date for u in updates.values())
        assert all(u.revision == 1 and not u.deleted for u in updates.values())
        # attachments belong to the update made from their period's entry; M06 had none: a new update
        by_name = {a.file_name: a for a in session.scalars(select(Attachment))}
        assert by_name["ke-hoach.pdf"].update_id == q2.id
        assert by_name["bien-ban.docx"].update_id == m05.id
        own = session.get(ProgressUpdate, by_name["anh.png"].update_id)
        assert (own.task_id, own.on_date, own.result, own.percent) == (1, dt.date(2025, 6, 5), "", 40)
        assert len(updates) == len(ENTRIES) + 2
        # target figures are dated measurements
        value = session.scalar(select(IndicatorValue))
        assert (value.value, value.note, value.measured_on) == (62.5, "Đo tháng 6", dt.date(2025, 6, 14))
        reported = session.scalar(select(ReportedPeriod))
        assert (reported.period, reported.how, reported.at.date()) == ("2025-M05", "sent", dt.date(2025, 5, 21))
        tables = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert not {"progress_entry", "progress_history"} & tables
    db.close()
    backup = next((tmp_path / "backups").glob("*.sqlite3"))
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM progress_entry").fetchone()[0] == len(ENTRIES)
    conn.close()
