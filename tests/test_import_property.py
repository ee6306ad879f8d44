"""Property tests: arbitrary cells and text never crash the readers, and nothing is lost:
every row under the header is a task, a group row, an ignored row or a reported problem;
every "Cơ quan chủ trì" line closes a task or is reported."""

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from kh57desk.importers import narrative, paragraphs, table
from kh57desk.importers.table import Grid

HEADER = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
TEXT_CHARS = VIET + VIET.upper() + "0123456789 .,;:()-–+/\n\t\u00a0_x000D_≥≤%"

cell_values = st.one_of(
    st.none(),
    st.text(alphabet=TEXT_CHARS, max_size=40),
    st.text(max_size=20),
    st.sampled_from(["Quý I", "I.", "II", "(12)", "1.2", "a)", "1.", "Sở Nội vụ", "Các sở, ban, ngành",
                     "Thường xuyên", "Tháng 3/2025", "TT", "Nội dung công việc", "(1)", "(2)", "(3)", "-", ""]),
    st.integers(min_value=-10**6, max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
)
rows = st.lists(st.lists(cell_values, min_size=0, max_size=8), min_size=0, max_size=25)


@st.composite
def grids(draw):
    body = draw(rows)
    at = draw(st.integers(min_value=0, max_value=len(body)))
    with_header = draw(st.booleans())
    all_rows = body[:at] + ([HEADER] if with_header else []) + body[at:]
    merges = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if not all_rows:
            break
        r1 = draw(st.integers(min_value=0, max_value=len(all_rows) - 1))
        c1 = draw(st.integers(min_value=0, max_value=7))
        merges.append((r1, c1, r1 + draw(st.integers(0, 3)), c1 + draw(st.integers(0, 3))))
    return Grid(all_rows, list(range(1, len(all_rows) + 1)), merges)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids())
def test_every_row_under_the_header_is_accounted_for(grid):
    result = table.read_grid(grid)
    if not result.found:
        assert result.tasks == [] and result.problems == []
        return
    first_data = max(result.header_rows) + 1
    expected = [n for n in grid.numbers if n >= first_data]
    seen = ([t.source_row for t in result.tasks] + [p.row for p in result.problems] + result.group_rows
            + result.ignored_rows)
    assert sorted(seen) == expected
    for task in result.tasks:
        assert task.content.strip()
        assert isinstance(task.deadline, (str, dt.date))
        task.deadline_text()  # the deadline parser takes whatever the cell held
    for problem in result.problems:
        assert problem.reason and problem.row in expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TEXT_CHARS + "IVXĐCơquanchủtrì:\n", max_size=600))
def test_arbitrary_text_never_crashes(text):
    paras = paragraphs.parse(text.splitlines())
    result = narrative.read_paragraphs(paras)
    lines = len(text.splitlines())
    for task in result.tasks:
        assert task.content.strip()
        assert task.source_row is None or 1 <= task.source_row <= lines
    for problem in result.problems:
        assert problem.reason and 1 <= problem.row <= lines


line_kinds = st.one_of(
    st.builds(lambda n, t: f"{n}. {t}", st.integers(1, 12), st.text(alphabet=VIET + " ", min_size=1, max_size=30)),
    st.builds(lambda a, b, t: f"{a}.{b}. {t}", st.integers(1, 5), st.integers(1, 5),
              st.text(alphabet=VIET + " ", min_size=1, max_size=30)),
    st.builds(lambda t: f"- {t}", st.text(alphabet=VIET + " ", min_size=1, max_size=30)),
    st.builds(lambda c, t: f"{c}) {t}", st.sampled_from("abcdđ"), st.text(alphabet=VIET + " ", min_size=1,
                                                                             max_size=30)),
    st.text(alphabet=VIET + " ,.", min_size=1, max_size=40),
    st.sampled_from(["Cơ quan chủ trì: Sở Nội vụ.", "Cơ quan chủ trì tham mưu: Sở Tài chính.",
                     "Cơ quan đầu mối: Công an tỉnh.", "Đơn vị chủ trì: Sở Y tế.",
                     "Đơn vị chủ trì tham mưu: Sở Khoa học và Công nghệ.", "Cơ quan phối hợp: Sở Tư pháp.",
                     "Thời gian hoàn thành: Quý II/2025.", "(Chi tiết tại Phụ lục)"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_kinds, min_size=1, max_size=40))
def test_every_closing_line_closes_a_task_or_is_reported(lines):
    paras = paragraphs.parse(lines)
    result = narrative.read_paragraphs(paras)
    leads = [p for p in paras if p.kind == paragraphs.LABEL and p.label == paragraphs.LEAD]
    closed = [t for t in result.tasks if t.lead]
    reported = [p for p in result.problems if p.row in {label.line for label in leads}]
    assert len(closed) + len(reported) == len(leads)
    assert {p.row for p in result.problems} <= {p.line for p in paras if p.kind == paragraphs.LABEL}
    refs = [t.ref for t in result.tasks]
    assert all(refs), refs
