"""The period view over a task's dated updates (domain.journal): one function, table-tested."""

import datetime as dt

import pytest

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain import status as task_status
from kh57desk.domain.journal import (Amendment, ReportedPeriod, Update, amended_reports, amendments_for_report,
                                     check_update_dates, period_update_day, period_view)
from kh57desk.domain.periods import parse_period

DUE_JUNE = deadline_rules.Deadline(deadline_rules.DATE, "Tháng 6/2025", due=dt.date(2025, 6, 30))
Q2 = parse_period("2025-Q2")  # 15/03/2025 – 14/06/2025


def day(text):
    d, m, y = map(int, text.split("/"))
    return dt.date(y, m, d)


JOURNAL = (
    Update(day("20/03/2025"), task_status.IN_PROGRESS, 10, result="Xây dựng dự thảo", difficulties="Thiếu kinh phí"),
    Update(day("20/04/2025"), task_status.IN_PROGRESS, 40, result="Lấy ý kiến các sở", difficulties="Thiếu kinh phí",
           output_doc_number="45/KH-SNV", output_doc_date=day("18/04/2025")),
    Update(day("20/05/2025"), task_status.IN_PROGRESS, 80, result="Trình UBND tỉnh", proposals="Bổ sung kinh phí"),
    Update(day("10/06/2025"), task_status.COMPLETED, 100, completed_on=day("10/06/2025"), result="Đã ban hành"),
)


@pytest.mark.parametrize("period_id, status, percent, results", [
    ("2025-M03", task_status.NOT_STARTED_STATUS, None, []),              # an empty window before any update
    ("2025-M04", task_status.ON_TRACK, 10, ["Xây dựng dự thảo"]),        # 15/03–14/04
    ("2025-M05", task_status.ON_TRACK, 40, ["Lấy ý kiến các sở"]),       # 15/04–14/05
    ("2025-M06", task_status.DONE_ON_TIME, 100, ["Trình UBND tỉnh", "Đã ban hành"]),
    ("2025-Q2", task_status.DONE_ON_TIME, 100, ["Xây dựng dự thảo", "Lấy ý kiến các sở", "Trình UBND tỉnh", "Đã ban hành"]),
    ("2025-H1", task_status.DONE_ON_TIME, 100, ["Xây dựng dự thảo", "Lấy ý kiến các sở", "Trình UBND tỉnh", "Đã ban hành"]),
    ("2025-Y", task_status.DONE_ON_TIME, 100, ["Xây dựng dự thảo", "Lấy ý kiến các sở", "Trình UBND tỉnh", "Đã ban hành"]),
    ("2025-Q3", task_status.DONE_ON_TIME, 100, []),                      # only earlier updates: status carried, no texts
    ("2025-Q1", task_status.NOT_STARTED_STATUS, None, []),
])
def test_the_period_view_of_a_journal(period_id, status, percent, results):
    period = parse_period(period_id)
    view = period_view(reversed(JOURNAL), period.start, period.end, DUE_JUNE)
    assert (view.status, view.percent) == (status, percent)
    assert [r.text for r in view.results] == results


def test_one_result_is_shown_without_its_date():
    m04 = parse_period("2025-M04")
    view = period_view(JOURNAL, m04.start, m04.end, DUE_JUNE)
    assert view.result_text == "Xây dựng dự thảo"
    assert view.difficulties == ("Thiếu kinh phí",)


def test_a_longer_period_contains_what_its_shorter_periods_contained():
    months = [parse_period(f"2025-M{m:02d}") for m in (4, 5, 6)]
    q2 = period_view(JOURNAL, Q2.start, Q2.end, DUE_JUNE)
    texts = [t for m in months for t in period_view(JOURNAL, m.start, m.end, DUE_JUNE).results]
    assert list(q2.results) == texts
    assert q2.result_text.splitlines() == ["20/03/2025: Xây dựng dự thảo", "20/04/2025: Lấy ý kiến các sở",
                                           "20/05/2025: Trình UBND tỉnh", "10/06/2025: Đã ban hành"]
    assert q2.difficulties == ("Thiếu kinh phí",)  # distinct
    assert q2.proposals == ("Bổ sung kinh phí",)
    assert q2.documents_text == "45/KH-SNV ngày 18/04/2025"


def test_an_update_on_the_windows_last_day_counts_and_the_day_after_does_not():
    last = Update(Q2.end, task_status.IN_PROGRESS, 60, result="Ngày cuối kỳ")
    after = Update(Q2.end + dt.timedelta(days=1), task_status.COMPLETED, 100, completed_on=Q2.end + dt.timedelta(days=1),
                   result="Ngày sau kỳ")
    view = period_view([after, last], Q2.start, Q2.end, DUE_JUNE)
    assert [r.text for r in view.results] == ["Ngày cuối kỳ"]
    assert (view.status, view.percent, view.latest_on) == (task_status.ON_TRACK, 60, Q2.end)
    q3 = parse_period("2025-Q3")
    later = period_view([after, last], q3.start, q3.end, DUE_JUNE)
    assert (later.status, [r.text for r in later.results]) == (task_status.DONE_ON_TIME, ["Ngày sau kỳ"])


def test_the_status_follows_the_deadline_when_nothing_is_done():
    earlier = [Update(day("01/03/2025"), task_status.IN_PROGRESS, 20)]
    q3 = parse_period("2025-Q3")
    assert period_view(earlier, q3.start, q3.end, DUE_JUNE).status == task_status.OVERDUE
    assert period_view(earlier, Q2.start, Q2.end, DUE_JUNE, today=day("01/05/2025")).status == task_status.ON_TRACK


def test_two_updates_of_one_day_keep_the_order_they_were_made():
    first = Update(day("01/05/2025"), task_status.IN_PROGRESS, 30, result="Sáng", created_at=dt.datetime(2025, 5, 1, 8))
    second = Update(day("01/05/2025"), task_status.IN_PROGRESS, 50, result="Chiều", created_at=dt.datetime(2025, 5, 1, 15))
    view = period_view([second, first], Q2.start, Q2.end, DUE_JUNE)
    assert [r.text for r in view.results] == ["Sáng", "Chiều"]
    assert view.percent == 50


def test_a_late_amendment_after_the_report_was_sent():
    m05 = parse_period("2025-M05")
    m06 = parse_period("2025-M06")
    sent_m05 = ReportedPeriod("2025-M05", "M", m05.start, m05.end, dt.datetime(2025, 5, 16, 9))
    sent_m06 = ReportedPeriod("2025-M06", "M", m06.start, m06.end, dt.datetime(2025, 6, 16, 9))
    sent_q2 = ReportedPeriod("2025-Q2", "Q", Q2.start, Q2.end, dt.datetime(2025, 6, 17, 9))
    amended = Update(day("20/04/2025"), task_status.IN_PROGRESS, 45, result="Bổ sung số liệu")
    # an edit of the 20/04 update on 01/06 amends the sent M05 report (and no other)
    assert amended_reports(amended.on, [sent_m05, sent_q2]) == "2025-M05 2025-Q2"
    assert amended_reports(amended.on, [sent_m05]) == "2025-M05"
    assert amended_reports(day("20/06/2025"), [sent_m05, sent_m06]) == ""
    change = Amendment(amended, "2025-M05", dt.datetime(2025, 6, 1, 10))
    # the M06 report (the next monthly one) lists it; the M07 report, after M06 was sent, does not
    listed = amendments_for_report([change], "M", m06.start, [sent_m05])
    assert [a.text for a in listed] == ["cập nhật ngày 20/04/2025 (kỳ 2025-M05): Bổ sung số liệu"]
    m07 = parse_period("2025-M07")
    assert amendments_for_report([change], "M", m07.start, [sent_m05, sent_m06]) == []
    # a quarterly report does not list a monthly amendment
    assert amendments_for_report([change], "Q", parse_period("2025-Q3").start, [sent_m05, sent_q2]) == []
    # the period view itself is unchanged by the flag: the amended text belongs to M05's window
    view = period_view([amended], m05.start, m05.end, DUE_JUNE)
    assert view.result_text == "Bổ sung số liệu"


@pytest.mark.parametrize("on, completed, error, warning", [
    ("02/12/2026", None, "ở tương lai", ""),
    ("31/12/1999", None, "trước năm 2000", ""),
    ("10/05/2025", "11/05/2025", "sau ngày cập nhật", ""),
    ("10/01/2025", None, "", "trước ngày ban hành kế hoạch"),
    ("10/05/2025", "10/05/2025", "", ""),
])
def test_date_rules_of_an_update(on, completed, error, warning):
    check = check_update_dates(day(on), day(completed) if completed else None, today=day("01/12/2026"),
                               plan_issued_on=day("13/02/2025"))
    assert (error in check.error) if error else check.error == ""
    assert any(warning in w for w in check.warnings) if warning else check.warnings == ()


def test_an_update_for_a_period_is_dated_on_the_windows_last_day_or_today():
    assert period_update_day(Q2.end, today=day("01/12/2026")) == day("14/06/2025")
    assert period_update_day(Q2.end, today=day("01/05/2025")) == day("01/05/2025")
