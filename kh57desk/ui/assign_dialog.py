"""Phân công cơ quan: the coordinator gives the selected tasks (or every task of a group) a lead
agency and coordinating agencies chosen from the directory. The work is
``services.assignments.assign``, the same as ``kh57 assign``."""

from __future__ import annotations

from kh57desk.services import agencies, assignments
from kh57desk.ui import help_dialog
from kh57desk.ui.agency_picker import AgencyPicker
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QListWidget, QPushButton,
                            QVBoxLayout, QWidget, Signal, plain_label)
from kh57desk.ui.worker import error_message


class AssignDialog(QDialog):
    assigned = Signal(object)  # the list of assignments.Assigned

    def __init__(self, context: AppContext, task_ids: list[int], group: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "assign")  # F1: the guide at this dialog's section
        self.context, self.task_ids, self.group = context, list(task_ids), group
        self.setWindowTitle(self.tr("Phân công cơ quan"))
        self.resize(620, 420)
        self.summary = plain_label(self.tr("{0} nhiệm vụ đã chọn.").format(len(self.task_ids)))
        self.whole_group = QCheckBox(self.tr("Cả nhóm “{0}”").format(group))
        self.whole_group.setVisible(bool(group))
        self.whole_group.setChecked(bool(group) and not self.task_ids)
        self.lead = AgencyPicker()
        self.lead.setAccessibleName(self.tr("Cơ quan chủ trì"))
        self.coordinator = AgencyPicker()
        self.coordinator.setAccessibleName(self.tr("Cơ quan phối hợp cần thêm"))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.remove_button = QPushButton(self.tr("Bỏ"))
        self.coordinating = QListWidget()
        self.coordinating.setAccessibleName(self.tr("Các cơ quan phối hợp"))
        self.add_button.clicked.connect(self.add_coordinator)
        self.remove_button.clicked.connect(self.remove_coordinator)
        adding = QHBoxLayout()
        adding.addWidget(self.coordinator, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Cơ quan chủ trì:"), self.lead)
        form.addRow(self.tr("Cơ quan phối hợp:"), adding)
        form.addRow("", self.coordinating)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Phân công"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.whole_group)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Phân công được giữ khi nhập lại kế hoạch và được gửi đến các cơ quan "
                                             "trong gói nhiệm vụ.")))
        layout.addWidget(self.buttons)
        context.worker.read(lambda s: list(agencies.directory(s)), self._agencies, owner=self)

    def _agencies(self, found) -> None:
        self.lead.set_agencies(found)
        self.coordinator.set_agencies(found)

    def coordinating_names(self) -> list[str]:
        return [self.coordinating.item(row).text() for row in range(self.coordinating.count())]

    def add_coordinator(self) -> None:
        name = self.coordinator.name()
        if name and name not in self.coordinating_names():
            self.coordinating.addItem(name)
        self.coordinator.setEditText("")

    def remove_coordinator(self) -> None:
        for item in self.coordinating.selectedItems():
            self.coordinating.takeItem(self.coordinating.row(item))

    def submit(self) -> None:
        lead = self.lead.name()
        if not lead:
            self.context.show_error(self, self.tr("Chọn cơ quan chủ trì."))
            return
        keys = [f"#{task_id}" for task_id in self.task_ids]
        group = self.group if self.whole_group.isChecked() else None
        coordinating = "; ".join(self.coordinating_names()) or None  # none added: the cell stays as it is
        self.ok.setEnabled(False)
        self.context.worker.write(lambda s: assignments.assign(s, keys, lead, coordinating, group), self._done,
                                  self._failed, owner=self, label="assign_tasks")

    def _done(self, done) -> None:
        self.context.tasks_changed.emit()
        self.assigned.emit(done)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.context.show_error(self, error_message(exc))
