"""Wires the register dock to the core and to the main window; all reads off the UI thread."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QInputDialog,
    QMenuBar,
    QMessageBox,
    QToolBar,
    QWidget,
)

from mou_studio import APP_NAME
from mou_studio.core.register.model import Partner, RegisterEntry
from mou_studio.core.register.records import unique_uid
from mou_studio.core.register.snapshot import RegisterSnapshot, load_snapshot
from mou_studio.core.storage import AgreementSummary
from mou_studio.ui.context import AppContext
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.register import register_undo
from mou_studio.ui.register.entry_dialog import EntryDialog
from mou_studio.ui.register.labels import LANGUAGE_SETTING, default_language
from mou_studio.ui.register.new_entry_dialog import NewEntryDialog
from mou_studio.ui.register.partner_dialog import PartnerDialog
from mou_studio.ui.register.register_dock import RegisterDock
from mou_studio.ui.register.register_files import RegisterFiles


class RegisterController(QObject):
    """Loads the register, keeps its three views in step, opens agreements in the editor.

    Edits of partners and entries are undoable. Their stack joins the editor's undo group
    (``undo_group``) and becomes the active one while the register dock has the focus or
    right after a register edit; focus in the rest of the window gives the previous stack
    back, so Edit ▸ Undo undoes what the user is looking at.
    """

    loaded = Signal(object)  # RegisterSnapshot

    def __init__(self, window: MainWindow, main: MainController, ctx: AppContext,
                 undo_group: QUndoGroup | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.main = main
        self.ctx = ctx
        self.snapshot: RegisterSnapshot | None = None
        self.undo_group = undo_group
        self.undo_stack = QUndoStack(undo_group if undo_group is not None else self)
        self._given_back: QUndoStack | None = None  # the stack active before the register took Undo
        self.writer = register_undo.RegisterWriter(ctx, self)
        self._version_counts: dict[int, int] = {}  # agreement id -> number of versions
        self.dock = RegisterDock(window)
        self._place_dock()
        self.dock.set_language(str(ctx.settings.value(LANGUAGE_SETTING, default_language())))
        self.files = RegisterFiles(self)
        self._build_menu()
        self._connect()

    def _place_dock(self) -> None:
        # The register is wide: share the bottom area as a tab with another feature's dock
        # rather than squeezing beside it.
        area = Qt.DockWidgetArea.BottomDockWidgetArea
        neighbours = [d for d in self.window.findChildren(QDockWidget)
                      if self.window.dockWidgetArea(d) == area and not d.isFloating()]
        self.window.add_dock(self.dock, area, self.tr("Agreements Re&gister"))
        if neighbours:
            self.window.tabifyDockWidget(neighbours[0], self.dock)
        self.window.resizeDocks([self.dock], [320], Qt.Orientation.Vertical)

    def show_register(self) -> None:
        """Bring the register dock to the front."""
        self.dock.show()
        self.dock.raise_()

    def _build_menu(self) -> None:
        menu = self.window.menu("register", self.tr("&Register"))
        show = QAction(self.tr("Show &Register"), self.window)
        show.triggered.connect(self.show_register)
        self.import_action = QAction(self.tr("&Import CSV…"), self.window)
        self.export_action = QAction(self.tr("&Export Shown Rows as CSV…"), self.window)
        self.new_action = QAction(self.tr("&New Agreement in Register…"), self.window)
        self.link_action = QAction(self.tr("&Link Entry to Open Agreement…"), self.window)
        self.edit_action = QAction(self.tr("E&dit Status and Dates…"), self.window)
        self.attach_action = QAction(self.tr("&Attach Signed Copy…"), self.window)
        self.reload_action = QAction(self.tr("Rel&oad Register"), self.window)
        self.delete_entry_action = QAction(self.tr("Delete Entr&y"), self.window)
        self.new_partner_action = QAction(self.tr("Ne&w Partner…"), self.window)
        self.edit_partner_action = QAction(self.tr("Edit &Partner…"), self.window)
        self.delete_partner_action = QAction(self.tr("Dele&te Partner"), self.window)
        menu.addAction(show)
        menu.addSeparator()
        menu.addActions([self.new_action, self.edit_action, self.link_action,
                         self.attach_action, self.delete_entry_action])
        menu.addSeparator()
        menu.addActions([self.new_partner_action, self.edit_partner_action,
                         self.delete_partner_action])
        menu.addSeparator()
        menu.addActions([self.import_action, self.export_action])
        menu.addSeparator()
        menu.addAction(self.reload_action)

    def _connect(self) -> None:
        view = self.dock.register_view
        self.main.agreements_loaded.connect(self.reload)
        view.entry_selected.connect(self._on_entry_selected)
        view.entry_activated.connect(self.open_entry)
        self.dock.due_timeline.entry_activated.connect(self.open_entry)
        self.dock.partner_page.agreement_open_requested.connect(self.open_agreement)
        self.dock.language.currentIndexChanged.connect(self._on_language_changed)
        self.files.wire(self.import_action, self.export_action, self.attach_action)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.new_action.triggered.connect(self._on_new_triggered)
        self.link_action.triggered.connect(self._on_link_triggered)
        self.main.agreements_loaded.connect(self._on_agreements_loaded)
        self.dock.partner_page.edit_requested.connect(self._on_edit_triggered)
        self.reload_action.triggered.connect(self.reload)
        self._connect_editing()

    def _connect_editing(self) -> None:
        self.delete_entry_action.triggered.connect(self._on_delete_entry_triggered)
        self.new_partner_action.triggered.connect(self._on_new_partner_triggered)
        self.edit_partner_action.triggered.connect(self._on_edit_partner_triggered)
        self.delete_partner_action.triggered.connect(self._on_delete_partner_triggered)
        self.dock.partner_page.partner_edit_requested.connect(self._on_edit_partner_triggered)
        self.dock.partner_page.partner_chosen.connect(self._on_partner_chosen)
        self.writer.written.connect(self._on_saved)
        self.writer.failed.connect(self._on_write_failed)
        # After an import the history would write back values the import replaced.
        self.files.imported.connect(lambda _report: self.undo_stack.clear())
        self.dock.add_context_actions(
            [self.edit_action, self.delete_entry_action],
            [self.new_partner_action, self.edit_partner_action])
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- loading -------------------------------------------------------------------

    def reload(self, *_args: object) -> None:
        """Read the register again (after first start, an import, another database)."""
        self.run_in_background(load_snapshot, self._on_loaded)

    def run_in_background(self, work: Callable[[sqlite_utils.Database], Any],
             on_success: Callable[[Any], None]) -> None:
        connect = self.ctx.connect

        def job(_control: object) -> Any:
            db = connect()
            try:
                return work(db)
            finally:
                if db.conn is not None:
                    db.conn.close()

        self.ctx.tasks.run(job, on_success, self.show_failure)

    def _on_loaded(self, snapshot: RegisterSnapshot) -> None:
        self.snapshot = snapshot
        self._refresh()
        self.loaded.emit(snapshot)

    def _refresh(self) -> None:
        if self.snapshot is None:
            return
        lang = self.dock.current_language()
        self.dock.register_view.set_snapshot(self.snapshot, lang)
        self.dock.due_timeline.show_due(self.snapshot, lang, dt.date.today())
        partner = self.dock.partner_page.partner_key
        if partner is not None:
            self.dock.partner_page.show_partner(self.snapshot, partner, lang)
        else:
            self.dock.partner_page.set_partners(self.snapshot, lang)

    def _on_language_changed(self) -> None:
        self.ctx.settings.setValue(LANGUAGE_SETTING, self.dock.current_language())
        self._refresh()

    def show_failure(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- navigation ----------------------------------------------------------------

    def _on_entry_selected(self, entry_id: int) -> None:
        entry = self.snapshot.entry(entry_id) if self.snapshot else None
        if entry is not None and self.snapshot is not None:
            self.dock.partner_page.show_partner(
                self.snapshot, entry.partner_key, self.dock.current_language(), entry_id)

    def _on_partner_chosen(self, key: str) -> None:
        if self.snapshot is not None:
            self.dock.partner_page.show_partner(self.snapshot, key,
                                                self.dock.current_language())

    def open_entry(self, entry_id: int) -> None:
        """Open the entry's agreement in the editor, or else show its partner's page."""
        entry = self.snapshot.entry(entry_id) if self.snapshot else None
        if entry is None or self.snapshot is None:
            return
        agreement_id = self.snapshot.agreement_id(entry)
        if agreement_id is not None:
            self.open_agreement(agreement_id)
            return
        self._on_entry_selected(entry_id)
        self.dock.show_partner_tab()
        self.window.statusBar().showMessage(
            self.tr("This agreement has no text in MoU Studio; its partner is shown."), 5000)

    def open_agreement(self, agreement_id: int) -> None:
        """Select and open a drafted agreement in the main window."""
        self.window.agreement_list.select_id(agreement_id, emit=False)
        self.main.open_agreement(agreement_id)

    # -- import, export, attach ------------------------------------------------------

    def _on_edit_triggered(self) -> None:
        entry_id = self.dock.partner_page.selected_entry_id()
        entry = self.snapshot.entry(entry_id) if self.snapshot and entry_id else None
        if entry is None:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Select an agreement in the register first."))
            return
        dialog = EntryDialog(entry, self.dock.current_language(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_entry(dataclasses.replace(entry, **dialog.changes()))

    def selected_entry(self) -> RegisterEntry | None:
        entry_id = self.dock.partner_page.selected_entry_id()
        return self.snapshot.entry(entry_id) if self.snapshot and entry_id else None

    def _on_delete_entry_triggered(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Select an agreement in the register first."))
            return
        self.push(register_undo.EntryPresenceCommand(
            self.tr("Delete Entry %1").replace("%1", entry.uid), self.writer, entry,
            adding=False))

    def _on_agreements_loaded(self, summaries: list[AgreementSummary]) -> None:
        self._version_counts = {s.id: s.version_count for s in summaries}

    def _on_new_triggered(self) -> None:
        if self.snapshot is None:
            return
        current = self.main.current_agreement
        title = None
        if current is not None:
            title = " ".join(current.title.get(current.language, "").split())
        lang = self.dock.current_language()
        dialog = NewEntryDialog(list(self.snapshot.partners.values()), lang, title,
                                self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        key = dialog.partner_key()
        uid = unique_uid(f"{key}-{dt.date.today().year}", {e.uid for e in self.snapshot.entries})
        linked = current.uid if current is not None and dialog.link.isChecked() else None
        entry = RegisterEntry(uid=uid, partner_key=key, status=dialog.chosen_status(),
                              title={lang: dialog.title.text().strip()},
                              agreement_uid=linked)
        self.push(register_undo.EntryPresenceCommand(
            self.tr("Add Entry %1").replace("%1", uid), self.writer, entry, adding=True))

    def _on_link_triggered(self) -> None:
        entry_id = self.dock.partner_page.selected_entry_id()
        agreement_id = self.main.current_id
        if entry_id is None or agreement_id is None:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Open an agreement in the editor and select a register entry first."))
            return
        count = self._version_counts.get(agreement_id, 0)
        version, accepted = QInputDialog.getInt(
            self.window, self.tr("Link to Open Agreement"),
            self.tr("Which version was signed? (0: none yet; %n version(s) saved)", "",
                    count), 0, 0, max(count, 0))
        entry = self.snapshot.entry(entry_id) if self.snapshot else None
        current = self.main.current_agreement
        if accepted and entry is not None and current is not None:
            self.push(register_undo.edit_entry(
                self.tr("Link Entry %1").replace("%1", entry.uid), self.writer, entry,
                dataclasses.replace(entry, agreement_uid=current.uid,
                                    signed_version=version or None)))

    def save_entry(self, entry: RegisterEntry) -> None:
        """Write an edited entry as an undoable step, then reload the register."""
        before = next((e for e in self.snapshot.entries if e.uid == entry.uid), None) \
            if self.snapshot else None
        if before is None:
            self.push(register_undo.EntryPresenceCommand(
                self.tr("Add Entry %1").replace("%1", entry.uid), self.writer, entry,
                adding=True))
        else:
            self.push(register_undo.edit_entry(
                self.tr("Edit Entry %1").replace("%1", entry.uid), self.writer, before,
                entry))

    def _on_saved(self, all_ok: bool) -> None:
        if all_ok:
            self.window.statusBar().showMessage(self.tr("Register saved"), 5000)
        self.reload()

    def _on_write_failed(self, message: str) -> None:
        # The database no longer matches the history (someone else changed it, e.g. the
        # CLI): further undo steps would act on a state that is not there.
        self.undo_stack.clear()
        self.show_failure(message)

    # -- partners ------------------------------------------------------------------

    def selected_partner(self) -> Partner | None:
        key = self.dock.partner_page.partner_key
        return self.snapshot.partners.get(key) if self.snapshot and key else None

    def _on_new_partner_triggered(self) -> None:
        if self.snapshot is None:
            return
        dialog = PartnerDialog(None, set(self.snapshot.partners), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_partner(dialog.partner())

    def add_partner(self, partner: Partner) -> None:
        """Add a checked new partner as an undoable step; show its page once written."""
        self.dock.partner_page.partner_key = partner.key
        self.dock.show_partner_tab()
        self.push(register_undo.add_partner(
            self.tr("Add Partner %1").replace("%1", partner.label(self.dock.current_language())),
            self.writer, partner))

    def _on_edit_partner_triggered(self) -> None:
        partner = self.selected_partner()
        if partner is None:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Select a partner's agreement in the register first."))
            return
        dialog = PartnerDialog(partner, (), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_partner(partner, dialog.partner())

    def edit_partner(self, before: Partner, after: Partner) -> None:
        self.push(register_undo.edit_partner(
            self.tr("Edit Partner %1").replace("%1", after.label(self.dock.current_language())),
            self.writer, before, after))

    def _on_delete_partner_triggered(self) -> None:
        partner = self.selected_partner()
        if partner is None or self.snapshot is None:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Select a partner's agreement in the register first."))
            return
        if self.snapshot.partner_entries(partner.key):
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "%1 still has agreements in the register; delete them first.")
                .replace("%1", partner.label(self.dock.current_language())))
            return
        self.push(register_undo.delete_partner(
            self.tr("Delete Partner %1").replace("%1", partner.label(
                self.dock.current_language())), self.writer, partner))

    # -- undo ----------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Apply a register edit as one undoable step; Edit ▸ Undo now undoes it."""
        self.take_undo()
        self.undo_stack.push(command)

    def take_undo(self) -> None:
        """Make Undo/Redo act on the register's history."""
        group = self.undo_group
        if group is None or group.activeStack() is self.undo_stack:
            return
        self._given_back = group.activeStack()
        group.setActiveStack(self.undo_stack)

    def give_back_undo(self) -> None:
        """Let Undo/Redo act again on the stack that had them before the register."""
        group = self.undo_group
        if group is None or group.activeStack() is not self.undo_stack:
            return
        previous = self._given_back
        # With no agreement open there is nothing to give back: the register keeps Undo.
        if previous is not None and previous in group.stacks():
            group.setActiveStack(previous)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        if new is self.dock or self.dock.isAncestorOf(new):
            self.take_undo()
        elif new.window() is self.window and not _is_window_chrome(new):
            self.give_back_undo()


def _is_window_chrome(widget: QWidget) -> bool:
    """The menu bar or a toolbar: reaching Undo there must not change what it undoes."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, (QMenuBar, QToolBar)):
            return True
        current = current.parentWidget()
    return False
