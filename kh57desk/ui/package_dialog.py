"""Importing ``.kh57`` packages: choose files or a folder, see what each package would change
(every check is made first: hashes, schema, signature, destination, replay), with the merge
policy beside it, then import them, each in its own transaction, with a result per file. The
checks and the merge are ``kh57desk.sync.package_import``'s, the same as ``kh57 import-package``."""

from __future__ import annotations

from pathlib import Path

from kh57desk.errors import Cancelled
from kh57desk.sync import package_import
from kh57desk.sync.package_import import FileResult
from kh57desk.app import sync as sync_ops
from kh57desk.ui import help_dialog
from kh57desk.ui.context import AppContext
from kh57desk.ui.progress import DelayedProgress
from kh57desk.ui.qt import (QColor, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QPushButton,
                            QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal, ask, plain_label)
from kh57desk.ui.worker import error_message

OK_COLOR, FAILED_COLOR, SAME_COLOR = "#2e7d32", "#c62828", "#616161"


class PackageDialog(QDialog):
    imported = Signal(object)  # list[FileResult] of the import

    def __init__(self, context: AppContext, parent: QWidget | None = None, paths: list[str] | None = None):
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "package")  # F1: the guide at this dialog's section
        self.context = context
        self.paths: list[Path] = [Path(p) for p in paths or []]
        self.previews: list[FileResult] | None = None
        self.results: list[FileResult] | None = None
        self.setWindowTitle(self.tr("Nhập gói dữ liệu (.kh57)"))
        self.resize(960, 600)

        self.chosen = plain_label(selectable=True)
        choose_files = QPushButton(self.tr("&Chọn tệp…"))
        choose_files.clicked.connect(self.choose_files)
        choose_folder = QPushButton(self.tr("Chọn thư &mục…"))
        choose_folder.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.chosen, 1)
        top.addWidget(choose_files)
        top.addWidget(choose_folder)
        policy = QGroupBox(self.tr("Quy tắc hợp nhất"))
        policy_layout = QVBoxLayout(policy)
        policy_layout.addWidget(plain_label(package_import.MERGE_POLICY))
        self.summary = plain_label()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tệp"), self.tr("Kết quả")])
        self.tree.setColumnWidth(0, 320)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Nhập vào dữ liệu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(policy)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._show_chosen()
        if self.paths:
            self.preview()

    # --- choosing ------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn gói dữ liệu"), "",
                                                self.tr("Gói kh57desk (*.kh57);;Mọi tệp (*)"))
        if files:
            self.set_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các gói .kh57"))
        if folder:
            self.set_paths([folder])

    def set_paths(self, paths: list[str]) -> None:
        self.paths = [Path(p) for p in paths]
        self._show_chosen()
        self.preview()

    def _show_chosen(self) -> None:
        if not self.paths:
            self.chosen.setText(self.tr("Chưa chọn gói nào."))
        elif len(self.paths) == 1:
            self.chosen.setText(str(self.paths[0]))
        else:
            self.chosen.setText(self.tr("{0} tệp: {1}").format(len(self.paths), ", ".join(p.name for p in self.paths)))

    # --- preview and import ------------------------------------------------------------------
    def preview(self) -> None:
        self._run(True)

    def apply(self) -> None:
        self._run(False, trust_new_sender=self.confirm_new_senders(), confirm_large_change=self.confirm_large_changes())

    def confirm_large_changes(self) -> bool:
        """Ask before a task package withdraws more than 10% of the tasks or changes more than half."""
        found = [r.preview.large_change for r in self.previews or [] if r.ok and r.preview is not None
                 and r.preview.large_change]
        if not found:
            return False
        return ask(self, self.tr("Thay đổi lớn"), self.tr("{0}.\n\nÁp dụng gói nhiệm vụ này?").format(found[0]))

    def confirm_new_senders(self) -> bool:
        """Ask once for the senders the preview found signed by keys not bound yet, showing each
        fingerprint; without a yes their packages are refused and the others imported."""
        found = {line for r in self.previews or [] if r.ok and r.preview is not None for line in r.preview.confirmations()}
        if not found:
            return False
        lines = "\n".join(f"• {line}" for line in sorted(found))
        return ask(self, self.tr("Người gửi mới"), self.tr(
            "Các gói sau được ký bằng khóa chưa gắn với cơ quan nào trong dữ liệu này:\n{0}\n\nHãy gọi điện cho từng "
            "cơ quan và đọc mã khóa để đối chiếu. Mã khóa khớp: chọn Có để gắn cơ quan với khóa này và nhập. Sau đó, "
            "gói của các cơ quan này ký bằng khóa khác sẽ bị từ chối.").format(lines))

    def _run(self, dry_run: bool, trust_new_sender: bool = False, confirm_large_change: bool = False) -> None:
        paths = list(self.paths)
        if not paths:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Đang kiểm tra các gói…") if dry_run else self.tr("Đang nhập…"))
        received_on = self.context.today()  # the day the coordinator received them: what timeliness is judged on
        job = self.context.worker.run(lambda ws, job: sync_ops.import_packages(ws, job, paths, dry_run,
                                                                               trust_new_sender, confirm_large_change,
                                                                               received_on),
                                      self._previewed if dry_run else self._imported, self._failed, owner=self,
                                      label="import_packages")
        self.progress = DelayedProgress(self, self.context.worker, job,
                                        self.tr("Đang kiểm tra gói") if dry_run else self.tr("Đang nhập gói"))

    def _previewed(self, results: list[FileResult]) -> None:
        self.previews = results
        self._fill(results)
        ok = [r for r in results if r.ok]
        changes = [r for r in ok if r.preview is not None and r.preview.has_changes]
        self.summary.setText(self.tr("XEM TRƯỚC — chưa ghi gì. {0} gói hợp lệ ({1} gói có thay đổi), {2} gói bị từ "
                                     "chối.").format(len(ok), len(changes), len(results) - len(ok)))
        self.import_button.setEnabled(bool(changes))
        if changes:
            self.import_button.setFocus()

    def _imported(self, results: list[FileResult]) -> None:
        self.results = results
        self._fill(results)
        done = [r for r in results if r.ok and r.preview is not None and r.preview.applied]
        self.summary.setText(self.tr("Đã nhập {0} gói; {1} gói không có gì thay đổi; {2} gói bị từ chối.").format(
            len(done), sum(1 for r in results if r.ok and not (r.preview and r.preview.applied)),
            sum(1 for r in results if not r.ok)))
        self.close_button.setFocus()
        self.imported.emit(results)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Đã dừng; các gói đã nhập xong trước khi dừng vẫn được giữ."))
            return
        message = error_message(exc)
        self.summary.setText(message)
        self.context.show_error(self, message)

    def _fill(self, results: list[FileResult]) -> None:
        self.tree.clear()
        for result in results:
            same = result.ok and result.preview is not None and result.preview.already_imported
            mark = "✓" if result.ok else "✗"
            item = QTreeWidgetItem([result.path.name, f"{mark} {result.message}"])
            item.setToolTip(0, str(result.path))
            item.setForeground(1, QColor(SAME_COLOR if same else OK_COLOR if result.ok else FAILED_COLOR))
            if result.preview is not None:
                for line in result.preview.summary_lines():
                    child = QTreeWidgetItem(["", line])
                    child.setToolTip(1, line)
                    item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
