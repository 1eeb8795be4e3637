"""File ▸ Export…: format, languages, layout, properties, draft stamp, and a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mou_studio.core.export import DocumentMetadata, ExportFormat, ExportOptions, Layout
from mou_studio.core.model import Agreement

LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ru": "Русский"}
PREVIEW_WIDTH = 330


class ExportDialog(QDialog):
    """Lets the user choose what to export; the controller does the exporting."""

    preview_requested = Signal(object)  # ExportOptions

    def __init__(self, agreement: Agreement, default_path: Path, *,
                 can_preview: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._agreement = agreement
        self._language_boxes: dict[str, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_choices(default_path))
        layout.addWidget(self._build_preview(can_preview))
        self._on_choice_changed()

    # -- building ------------------------------------------------------------------

    def _build_choices(self, default_path: Path) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Word document (.docx)"), ExportFormat.DOCX)
        self.format_combo.addItem(self.tr("PDF (through LibreOffice)"), ExportFormat.PDF)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Languages:"), self._build_languages())
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("One after another"), Layout.SEQUENTIAL)
        self.layout_combo.addItem(self.tr("Side by side, in columns"), Layout.PARALLEL)
        self.layout_combo.addItem(self.tr("One file per language"), Layout.SEPARATE)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        self.alternat_box = QCheckBox(self.tr("Alternat: one original per party, "
                                              "naming that party first"))
        self.draft_box = QCheckBox(self.tr("Stamp as draft (PROJET / DRAFT)"))
        form.addRow("", self.alternat_box)
        form.addRow("", self.draft_box)
        form.addRow(self.tr("&Save as:"), self._build_path(default_path))
        column.addLayout(form)
        column.addWidget(self._build_metadata())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        for signal in (self.format_combo.currentIndexChanged,
                       self.layout_combo.currentIndexChanged):
            signal.connect(self._on_choice_changed)
        return column

    def _build_languages(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for lang in self._agreement.languages:
            check = QCheckBox(LANGUAGE_NAMES.get(lang, lang))
            check.setChecked(True)
            check.toggled.connect(self._on_choice_changed)
            self._language_boxes[lang] = check
            box.addWidget(check)
        box.addStretch()
        return row

    def _build_path(self, default_path: Path) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        box.addWidget(self.path_edit)
        box.addWidget(browse)
        return row

    def _build_metadata(self) -> QGroupBox:
        group = QGroupBox(self.tr("Document properties (left empty: nothing recorded)"))
        form = QFormLayout(group)
        self.metadata_edits: dict[str, QLineEdit] = {}
        for key, label in (("title", self.tr("Title:")), ("subject", self.tr("Subject:")),
                           ("author", self.tr("Author:")), ("company", self.tr("Company:")),
                           ("keywords", self.tr("Keywords:"))):
            edit = QLineEdit()
            self.metadata_edits[key] = edit
            form.addRow(label, edit)
        return group

    def _build_preview(self, can_preview: bool) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.preview_label = QLabel(self.tr("First page preview") if can_preview else
                                    self.tr("Install LibreOffice to see a preview "
                                            "(Debian: libreoffice-writer-nogui)."))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidget(self.preview_label)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 30)
        self.preview_button = QPushButton(self.tr("&Preview first page"))
        self.preview_button.setEnabled(can_preview)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        column.addWidget(scroll)
        column.addWidget(self.preview_button)
        return panel

    # -- reading the choices ---------------------------------------------------------

    def chosen_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, box in self._language_boxes.items() if box.isChecked())

    def options(self) -> ExportOptions:
        """The choices made, as core export options."""
        text = {key: edit.text().strip() for key, edit in self.metadata_edits.items()}
        return ExportOptions(
            format=ExportFormat(self.format_combo.currentData()),
            languages=self.chosen_languages(),
            layout=Layout(self.layout_combo.currentData()),
            alternat=self.alternat_box.isChecked(),
            draft=self.draft_box.isChecked(),
            metadata=DocumentMetadata(**text),
        )

    def output_path(self) -> Path:
        """The file to write, with the extension of the chosen format."""
        fmt = ExportFormat(self.format_combo.currentData())
        return Path(self.path_edit.text().strip()).expanduser().with_suffix(f".{fmt.value}")

    # -- reacting --------------------------------------------------------------------

    def _on_choice_changed(self) -> None:
        several = len(self.chosen_languages()) > 1
        self.layout_combo.setEnabled(several)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_languages()))
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(self.output_path()))

    def _on_browse_clicked(self) -> None:
        fmt = ExportFormat(self.format_combo.currentData())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as"), self.path_edit.text(),
            self.tr("Word document (*.docx)") if fmt is ExportFormat.DOCX
            else self.tr("PDF (*.pdf)"))
        if name:
            self.path_edit.setText(name)
            self._on_choice_changed()

    def _on_preview_clicked(self) -> None:
        self.preview_button.setEnabled(False)
        self.preview_label.setText(self.tr("Rendering the first page…"))
        self.preview_requested.emit(self.options())

    def show_preview(self, png: bytes) -> None:
        """Show the rendered first page."""
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.preview_label.setPixmap(pixmap.scaledToWidth(
            PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation))
        self.preview_button.setEnabled(True)

    def show_preview_message(self, message: str) -> None:
        """Say why there is no preview."""
        self.preview_label.setText(message)
        self.preview_button.setEnabled(True)
