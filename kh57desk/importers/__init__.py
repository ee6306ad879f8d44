"""Readers that turn a province's plan file into a :class:`~kh57desk.importers.draft.PlanDraft`.

- :mod:`.draft` — what a reader produces (:class:`~.draft.TaskDraft`, :class:`~.draft.PlanDraft`);
- :mod:`.files` — checks every file before it is opened (size, kind, zip bombs);
- :mod:`.cells` — cell text as offices type it (line breaks, stray spaces, ``(12)``, ``I.``);
- :mod:`.table` — a grid of cells → tasks: header, columns, group rows, rows not understood;
- :mod:`.xlsx` / :mod:`.docx_reader` — Excel sheets and Word tables/paragraphs → grid or text;
- :mod:`.narrative` — a plan's own text: numbered tasks closed by ``Cơ quan chủ trì: …``;
- :mod:`.target_text` — target (chỉ tiêu) lines under milestone headings.

Nothing here touches the database; :mod:`kh57desk.services.plan_import` ties it together.
"""
