"""The first-run wizard: this database's agency, the report signer, then the plan to start from."""

from __future__ import annotations

from pathlib import Path

from kh57desk.domain.agency_directory import KIND_LABELS, KINDS, default_directory
from kh57desk.domain.provinces import superior_name_for
from kh57desk.domain.text import clean
from kh57desk.services import provinces, sample_plan, setup
from kh57desk.services.plan_apply import PlanPreview
from kh57desk.ui import help_dialog
from kh57desk.ui.agency_picker import AgencyPicker
from kh57desk.ui.qt import (QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                            QPushButton, QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage, ask, plain_label)
from kh57desk.app.settings import SIGNER_AUTHORITIES, SIGNER_TITLES
from kh57desk.ui.worker import DbWorker, error_message

PLAN_FILE, PLAN_SAMPLE, PLAN_LATER = "file", "sample", "later"


class AgencyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Cơ quan sử dụng chương trình"))
        self.setSubTitle(self.tr("Chương trình giữ nhiệm vụ và tiến độ của một cơ quan. Chọn cơ quan của bạn "
                                 "trong danh mục (gõ vài chữ, có dấu hay không dấu đều được)."))
        self.agency_mode = QRadioButton(self.tr("Cơ quan thực hiện nhiệm vụ (&sở, ban, ngành, UBND xã, phường…)"))
        self.coordinator_mode = QRadioButton(self.tr("Sở Khoa học và Công nghệ — tổng hợp &báo cáo của các cơ quan"))
        self.agency_mode.setChecked(True)
        self.agency = AgencyPicker()
        self.agency.setEditText("")
        self.add_new = QCheckBox(self.tr("Cơ quan chưa có trong danh mục: thêm &mới"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.kind.setEnabled(False)
        self.add_new.toggled.connect(self.kind.setEnabled)
        self.units = provinces.load()
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province.addItems([unit.label for unit in self.units.all])
        self.province.setCurrentIndex(-1)
        self.province.setEditText("")
        self.province.lineEdit().setPlaceholderText(self.tr("ví dụ Hưng Yên (gõ có dấu hay không dấu đều được)"))
        self.superior = QLineEdit()
        self.superior_typed = False  # the user wrote the superior body: a new province no longer replaces it
        self.superior.textEdited.connect(self._superior_edited)
        self.province.currentTextChanged.connect(self._province_changed)
        self.error = plain_label()
        self.error.setStyleSheet("color: #c62828;")
        for signal in (self.agency.editTextChanged, self.province.currentTextChanged, self.superior.textChanged):
            signal.connect(self.error.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.agency_mode)
        layout.addWidget(self.coordinator_mode)
        form = QFormLayout()
        form.addRow(self.tr("Tên &cơ quan:"), self.agency)
        form.addRow("", self.add_new)
        form.addRow(self.tr("&Loại cơ quan:"), self.kind)
        form.addRow(self.tr("Tỉnh, thành &phố:"), self.province)
        form.addRow(self.tr("Cơ quan cấp &trên:"), self.superior)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.coordinator_mode.toggled.connect(self._coordinator)

    def _coordinator(self, on: bool) -> None:
        if on:
            self.agency.set_name("Sở Khoa học và Công nghệ")

    def _superior_edited(self, text: str) -> None:
        self.superior_typed = bool(clean(text))

    def _province_changed(self, text: str) -> None:
        if not self.superior_typed:
            self.superior.setText(superior_name_for(text, self.units))

    def province_name(self) -> str:
        """The province as the user chose it: a listed unit's name, else the text typed."""
        unit = self.units.find(self.province.currentText())
        return unit.name if unit is not None else clean(self.province.currentText())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        name = clean(self.agency.name())
        if not name:
            self.error.setText(self.tr("Chưa nhập tên cơ quan."))
            return False
        match = default_directory().match(name)
        if match is None and not self.add_new.isChecked():
            self.error.setText(self.tr("Không thấy \"{0}\" trong danh mục. Kiểm tra lại tên, hoặc đánh dấu "
                                       "\"thêm mới\" để thêm cơ quan vào danh mục.").format(name))
            return False
        if not clean(self.province.currentText()):
            self.error.setText(self.tr("Chưa chọn tỉnh, thành phố: tên tỉnh in ở đầu báo cáo."))
            return False
        if not clean(self.superior.text()):
            self.error.setText(self.tr("Chưa nhập cơ quan cấp trên (ví dụ ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN)."))
            return False
        if match is not None:
            self.agency.set_name(match.name)
        self.error.clear()
        return True


class SignerPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Người ký báo cáo"))
        self.setSubTitle(self.tr("Dùng cho phần chữ ký của báo cáo định kỳ. Có thể để trống và nhập sau trong "
                                 "Cài đặt."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ Nguyễn Văn An"))
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(SIGNER_TITLES)
        self.title.setCurrentIndex(1)
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.authority.addItems(SIGNER_AUTHORITIES)
        self.authority.setCurrentIndex(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Họ và tên:"), self.name)
        form.addRow(self.tr("Chức &vụ:"), self.title)
        form.addRow(self.tr("Thẩm q&uyền ký:"), self.authority)
        form.addRow("", plain_label(self.tr("Thẩm quyền ký: \"KT. GIÁM ĐỐC\" khi cấp phó ký thay, để trống khi "
                                            "người đứng đầu ký.")))


class PlanPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Kế hoạch"))
        self.setSubTitle(self.tr("Nhập kế hoạch của tỉnh để có danh sách nhiệm vụ của cơ quan."))
        self.from_file = QRadioButton(self.tr("Nhập từ &tệp kế hoạch (Excel .xlsx, Word .docx/.doc, PDF hoặc văn bản .txt)"))
        self.sample = QRadioButton(self.tr("Dùng &kế hoạch mẫu để làm quen (98 nhiệm vụ năm 2025 của Tiểu ban "
                                           "KHCN, ĐMST và CĐS tỉnh Thái Bình)"))
        self.later = QRadioButton(self.tr("Để &sau"))
        self.group = QButtonGroup(self)
        for button in (self.from_file, self.sample, self.later):
            self.group.addButton(button)
        self.from_file.setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Chọn tệp kế hoạch…"))
        browse = QPushButton(self.tr("&Chọn tệp…"))
        browse.clicked.connect(self._browse)
        self.error = plain_label()
        self.error.setStyleSheet("color: #c62828;")
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addWidget(self.sample)
        layout.addWidget(self.later)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.from_file.toggled.connect(self.path.setEnabled)
        self.from_file.toggled.connect(browse.setEnabled)
        self.path.textChanged.connect(self.error.clear)
        self.group.buttonToggled.connect(lambda *_args: self.error.clear())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp kế hoạch"), "",
                                              self.tr("Kế hoạch (*.xlsx *.docx *.doc *.pdf *.txt)"))
        if path:
            self.path.setText(path)
            self.from_file.setChecked(True)

    def choice(self) -> str:
        if self.from_file.isChecked():
            return PLAN_FILE
        return PLAN_SAMPLE if self.sample.isChecked() else PLAN_LATER

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = self.path.text().strip()
        if self.choice() == PLAN_FILE and not path:
            self.error.setText(self.tr("Chọn tệp kế hoạch, hoặc chọn \"Để sau\"."))
            return False
        if self.choice() == PLAN_FILE and not Path(path).is_file():
            self.error.setText(self.tr("Không tìm thấy tệp \"{0}\". Chọn lại tệp kế hoạch.").format(path))
            return False
        self.error.clear()
        return True


class FirstRunWizard(QWizard):
    """Sets the database up when the user presses Finish; nothing is written before that."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Bắt đầu sử dụng kh57desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.agency_page, self.signer_page, self.plan_page = AgencyPage(), SignerPage(), PlanPage()
        for page in (self.agency_page, self.signer_page, self.plan_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Thoát"))
        help_dialog.install_on_wizard(self)  # Trợ giúp and F1: the guide's first-run section
        self.resize(720, 480)
        self.committed = False
        self.preview: PlanPreview | None = None

    @property
    def plan_choice(self) -> str:
        return self.plan_page.choice()

    @property
    def plan_file(self) -> str:
        return self.plan_page.path.text().strip()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The program closing its windows (quit) is not the user leaving: no question then.
        self._closing_quietly = not event.spontaneous()
        super().closeEvent(event)

    def reject(self) -> None:
        """Thoát, Esc or the window's ✕ with something typed asks first: nothing has been saved yet."""
        if getattr(self, "_closing_quietly", False):
            super().reject()
            return
        page = self.agency_page
        typed = any(clean(text) for text in (page.agency.name(), page.province.currentText(),
                                              self.signer_page.name.text(), self.plan_page.path.text()))
        if typed and not self.committed and not ask(self, self.windowTitle(), self.tr(
                "Chưa lưu gì: thoát bây giờ thì lần sau phải nhập lại từ đầu. Thoát khỏi chương trình?")):
            return
        super().reject()

    def accept(self) -> None:
        if self.committed:
            super().accept()
            return
        if not self.validateCurrentPage():  # nothing is saved before every page is valid
            return
        page = self.agency_page
        agency, add, kind = clean(page.agency.name()), page.add_new.isChecked(), page.kind.currentData()
        coordinator = page.coordinator_mode.isChecked()
        province, superior = page.province_name(), clean(page.superior.text())
        signer = self.signer_page
        name, title, authority = signer.name.text(), signer.title.currentText(), signer.authority.currentText()
        sample = self.plan_choice == PLAN_SAMPLE

        def op(session):
            setup.initialise(session, agency, signer_name=name, signer_title=title, signer_authority=authority,
                             add_agency=add, kind=kind, coordinator=coordinator, province=province,
                             superior_name=superior)
            return sample_plan.load_demo(session) if sample else None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.worker.write(op, self._done, self._failed, owner=self, label="first_run")

    def _done(self, preview: PlanPreview | None) -> None:
        self.committed = True
        self.preview = preview
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.plan_page.error.setText(error_message(exc))
