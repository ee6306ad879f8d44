"""The files of the update the task panel edits: copied into the data folder, opened through a
read-only copy, detached. A file added to a new update saves that update first."""

from __future__ import annotations

from kh57desk.services import attachments as attachment_service
from kh57desk.services.attachments import AttachmentView
from kh57desk.ui import labels
from kh57desk.app import progress as ops
from kh57desk.ui.worker import error_message
from kh57desk.ui.qt import (QAbstractItemView, QFileDialog, QHBoxLayout, QPushButton, Qt, QTreeWidget,
                            QTreeWidgetItem, QVBoxLayout, QWidget, Signal, ask, open_path, plain_label)


class UpdateFiles(QWidget):
    changed = Signal(int)  # how many files the update has now

    def __init__(self, panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel  # the TaskPanel: its detail, its target update, its context
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tệp"), self.tr("Cỡ"), self.tr("Thêm lúc")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.add_button = QPushButton(self.tr("Thêm tệ&p…"))
        self.add_button.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("&Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Bỏ đ&ính kèm"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Tệp của cập nhật đang mở, chép vào thư mục dữ liệu của chương trình; "
                                             "tệp gốc có thể xóa hoặc di chuyển mà không ảnh hưởng.")))
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def fill(self, files: list[AttachmentView]) -> None:
        self.tree.clear()
        for view in files:
            item = QTreeWidgetItem([view.file_name, labels.size_text(view.size), labels.utc_datetime_text(view.added_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, view)
            if not view.exists:
                item.setToolTip(0, self.tr("Tệp không còn trong thư mục dữ liệu"))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(1)
        self.changed.emit(len(files))

    def choose(self) -> None:
        if self.panel.detail is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        if paths:
            self.add(paths)

    def add(self, paths: list[str]) -> None:
        panel = self.panel
        if panel.detail is None:
            return
        detail, target, today = panel.detail, panel.target, panel.context.today()
        folder = panel.context.workspace.attachments
        day = panel.form.preview().get("on") or detail.new_update["on"]

        def op(session):
            if target.update_id is None:  # a new update: saved first, with the files on it
                ops.save_update(session, detail.id, detail.period, {"on": day}, target, today)
            for path in paths:
                attachment_service.add(session, folder, detail.id, target.update_id, path)
            return attachment_service.list_for(session, folder, detail.id, target.update_id)
        panel.context.worker.write(op, self._changed, self._error, owner=self, label="attach")

    def _changed(self, files: list[AttachmentView]) -> None:
        if self.panel.detail is not None:
            self.fill(files)

    def _error(self, exc: BaseException) -> None:
        self.panel.context.show_error(self, error_message(exc))

    def selected(self) -> list[AttachmentView]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]

    def open_selected(self) -> None:
        for view in self.selected()[:5]:
            self.panel.context.worker.run(lambda ws, _job, v=view: attachment_service.viewing_copy(v, ws.data_dir),
                                          open_path,
                                          self._error, owner=self, label="open_attachment")

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.panel.detail is None:
            return
        names = "\n".join(f"- {v.file_name}" for v in chosen)
        if not ask(self, self.tr("Bỏ đính kèm"), self.tr("Bỏ các tệp sau khỏi cập nhật này?\n{0}").format(names)):
            return
        self.remove([v.id for v in chosen])

    def remove(self, ids: list[int]) -> None:
        panel = self.panel
        detail, folder, target = panel.detail, panel.context.workspace.attachments, panel.target

        def op(session):
            for attachment_id in ids:
                attachment_service.remove(session, folder, attachment_id)
            return attachment_service.list_for(session, folder, detail.id, target.update_id)
        panel.context.worker.write(op, self._changed, self._error, owner=self, label="detach")
