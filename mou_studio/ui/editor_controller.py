"""Editing the open agreement: undo/redo, structure actions, autosave, save, versions.

Every change goes through a core edit wrapped in a QUndoCommand on the agreement's own
QUndoStack. A few seconds after the last change the agreement is autosaved (off the UI
thread) into its autosave slot; Save makes it the working copy; a crash leaves the
autosave, which the next start offers back.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QMessageBox,
    QToolBar,
    QUndoView,
    QVBoxLayout,
)

from mou_studio import APP_NAME
from mou_studio.core import editing
from mou_studio.core.editing import Edit, EditError, SetText
from mou_studio.core.model import Agreement, Node, ref_token
from mou_studio.core.numbering import Numbering
from mou_studio.core.storage import AgreementStore, VersionInfo
from mou_studio.core.storage.agreements import display_title
from mou_studio.core.storage.autosave import AutosaveStore, PendingDraft
from mou_studio.ui.context import AppContext
from mou_studio.ui.document_view import DocumentView
from mou_studio.ui.edit_commands import EditCommand, TextCommand
from mou_studio.ui.main_controller import MainController
from mou_studio.ui.main_window import MainWindow
from mou_studio.ui.messages import core_text
from mou_studio.ui.node_editor import NodeEditor
from mou_studio.ui.parties_panel import PartiesPanel
from mou_studio.ui.reference_picker import ReferencePicker
from mou_studio.ui.versions_panel import VersionsPanel
from mou_studio.ui.view_refresh import ViewRefresher

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000


class EditorController(QObject):
    """Owns the undo stacks, the editing panel, the versions panel and autosave."""

    def __init__(self, window: MainWindow, main: MainController, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.main = main
        self.ctx = ctx
        self.undo_group = QUndoGroup(self)
        self.stacks: dict[int, QUndoStack] = {}
        self.documents: dict[int, Agreement] = {}  # agreements with edits in memory
        self.node_editor = NodeEditor()
        self.versions_panel = VersionsPanel()
        self.parties_panel = PartiesPanel()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._select_after: str | None = None  # the node a structure action created
        self._recovery_checked = False
        self._autosave_held = False
        self.pending_restore: tuple[int, Agreement] | None = None
        self.refresher = ViewRefresher(window, lambda: (self.agreement, self.lang))
        self._build_actions()
        self._build_docks()
        self._connect()
        window.close_guards.append(self.confirm_close)

    # -- building ------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.undo_action = self.undo_group.createUndoAction(self.window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self.window, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.save_action = self._action(self.tr("&Save"), keys.Save, self.save)
        self.save_version_action = self._action(self.tr("Save &Version…"), "Ctrl+Alt+S",
                                                self.save_version)
        self.add_article_action = self._action(self.tr("New &Article"), "Ctrl+Shift+A",
                                               self.add_article)
        self.add_child_action = self._action(self.tr("New &Paragraph or Point"),
                                             "Ctrl+Shift+N", self.add_child)
        self.add_sibling_action = self._action(self.tr("New Item Af&ter"), "Ctrl+Return",
                                               self.add_sibling)
        self.delete_action = self._action(self.tr("&Delete Item"), "Ctrl+Shift+Delete",
                                          self.delete_selected)
        self.indent_action = self._action(self.tr("&Indent"), "Ctrl+]", self.indent)
        self.outdent_action = self._action(self.tr("&Outdent"), "Ctrl+[", self.outdent)
        self.move_up_action = self._action(self.tr("Move &Up"), "Alt+Shift+Up",
                                           lambda: self.move_sibling(-1))
        self.move_down_action = self._action(self.tr("Move Do&wn"), "Alt+Shift+Down",
                                             lambda: self.move_sibling(1))
        self.merge_action = self._action(self.tr("&Merge with Next"), "Ctrl+Shift+M",
                                         self.merge_with_next)
        self.reference_action = self._action(self.tr("Insert Cross-&reference…"),
                                             "Ctrl+Shift+R", self.insert_reference)

    def _structure_actions(self) -> list[QAction]:
        return [self.add_article_action, self.add_child_action, self.add_sibling_action,
                self.delete_action, self.indent_action, self.outdent_action,
                self.move_up_action, self.move_down_action, self.merge_action,
                self.reference_action]

    def _build_docks(self) -> None:
        w = self.window
        w.add_file_action(self.save_action)
        w.add_file_action(self.save_version_action)
        edit_menu = w.menu("edit")
        first = edit_menu.actions()[0]
        edit_menu.insertActions(first, [self.undo_action, self.redo_action])
        edit_menu.insertSeparator(first)
        structure = w.menu("structure", self.tr("&Structure"))
        structure.addActions(self._structure_actions())
        toolbar = QToolBar(self.tr("Editing"), w)
        toolbar.setObjectName("editingToolbar")
        toolbar.addActions([self.save_action, self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_article_action, self.add_child_action,
                            self.indent_action, self.outdent_action, self.move_up_action,
                            self.move_down_action, self.delete_action])
        w.addToolBar(toolbar)
        self.editor_dock = self._dock(self.tr("Edit Text"), "editDock", self.node_editor)
        w.add_dock(self.editor_dock, Qt.DockWidgetArea.BottomDockWidgetArea,
                   self.tr("&Edit Text"))
        self.history_dock = self._dock(self.tr("Undo History"), "historyDock",
                                       QUndoView(self.undo_group))
        w.add_dock(self.history_dock, Qt.DockWidgetArea.RightDockWidgetArea,
                   self.tr("Undo &History"))
        self.parties_dock = self._dock(self.tr("Parties"), "partiesDock",
                                       self.parties_panel)
        w.add_dock(self.parties_dock, Qt.DockWidgetArea.RightDockWidgetArea,
                   self.tr("Par&ties and Short Names"))
        self.versions_dock = self._dock(self.tr("Versions"), "versionsDock",
                                        self.versions_panel)
        w.add_dock(self.versions_dock, Qt.DockWidgetArea.RightDockWidgetArea,
                   self.tr("Ver&sions"))
        w.tabifyDockWidget(self.history_dock, self.versions_dock)
        # The reading view keeps the room until the user opens these from View.
        self.history_dock.hide()
        self.versions_dock.hide()
        w.resizeDocks([self.editor_dock], [200], Qt.Orientation.Vertical)

    def _dock(self, title: str, name: str, widget: QObject) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)  # type: ignore[arg-type]
        return dock

    def _connect(self) -> None:
        self.main.agreement_opened.connect(self.refresher.cancel)
        self.main.agreement_opened.connect(self._on_main_agreement_opened)
        self.main.agreement_opened.connect(self._apply_pending_restore)
        self.main.agreements_loaded.connect(self._on_main_agreements_loaded)
        self.main.database_switched.connect(self.discard_all)
        self.window.outline_view.node_activated.connect(self._on_outline_node_activated)
        self.window.outline_view.move_requested.connect(self._on_outline_move_requested)
        self.node_editor.text_edited.connect(self._on_node_editor_text_edited)
        self.parties_panel.party_edited.connect(self._on_node_editor_text_edited)
        self.node_editor.split_requested.connect(self._on_node_editor_split_requested)
        self.node_editor.reference_requested.connect(self.insert_reference)
        self.versions_panel.save_requested.connect(self.save_version)
        self.versions_panel.show_requested.connect(self.show_version)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.undo_group.cleanChanged.connect(self._on_undo_group_clean_changed)

    # -- the open agreement --------------------------------------------------------

    @property
    def agreement(self) -> Agreement | None:
        return self.main.current_agreement

    @property
    def agreement_id(self) -> int | None:
        return self.main.current_id

    @property
    def lang(self) -> str:
        return self.main.current_lang or (self.agreement.language if self.agreement else "fr")

    def stack(self) -> QUndoStack | None:
        return self.stacks.get(self.agreement_id) if self.agreement_id is not None else None

    def _on_main_agreement_opened(self, agreement_id: int, agreement: Agreement) -> None:
        edited = self.documents.get(agreement_id)
        if edited is not None and edited is not agreement:
            # Edits in memory win over the copy just read from the database.
            self.main.show_agreement(agreement_id, edited)
            return
        self.documents[agreement_id] = agreement
        stack = self.stacks.get(agreement_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self.stacks[agreement_id] = stack
        self.undo_group.setActiveStack(stack)
        self.node_editor.show_target(agreement, self.window.outline_view.selected_uid(),
                                     self.lang)
        self.window.setWindowModified(not stack.isClean())
        self.parties_panel.show_parties(agreement, self.lang)
        self._load_versions()

    # -- applying edits ------------------------------------------------------------

    def push(self, edit: Edit) -> None:
        """Apply ``edit`` to the open agreement as one undoable step."""
        stack, agreement = self.stack(), self.agreement
        if stack is None or agreement is None:
            return
        if not isinstance(edit, SetText):
            self.node_editor.flush()
        command_type = TextCommand if isinstance(edit, SetText) else EditCommand
        stack.push(command_type(agreement, edit, self._on_edit_applied,  # type: ignore[arg-type]
                                self._on_edit_failed))

    def _on_edit_applied(self, edit: Edit, reload_panel: bool) -> None:
        agreement = self.agreement
        if agreement is None:
            return
        # The panels follow at once; the outline and reading view a moment later.
        self.refresher.edit_applied(edit)
        if reload_panel:
            target = edit.target if isinstance(edit, SetText) else None
            self.node_editor.refresh_if_showing(agreement, target)
        self.parties_panel.show_parties(agreement, self.lang)
        self.autosave_timer.start()

    def flush_views(self) -> None:
        """Bring the outline and reading view up to date with the edits made so far."""
        self.refresher.flush()

    def _select(self, uid: str) -> None:
        self.flush_views()
        self.window.outline_view.select_uid(uid)

    def _on_edit_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    def _selected(self) -> str | None:
        uid = self.window.outline_view.selected_uid()
        agreement = self.agreement
        if uid is None or agreement is None or agreement.find(uid) is None:
            self.window.statusBar().showMessage(
                self.tr("Select an article, paragraph or point in the outline first."), 5000)
            return None
        return uid

    def _try(self, build: Callable[[Agreement], Edit]) -> None:
        agreement = self.agreement
        if agreement is None:
            return
        try:
            edit = build(agreement)
        except EditError as exc:
            self._on_edit_failed(core_text(exc))
            return
        self.push(edit)

    # -- structure actions -----------------------------------------------------------

    def add_article(self) -> None:
        def build(agreement: Agreement) -> Edit:
            node = editing.new_child(agreement, None, self.lang)
            node.children.append(editing.new_child_of_kind(node, self.lang))
            self._select_after = node.children[0].uid
            uid = self.window.outline_view.selected_uid()
            index = _top_index_after(agreement, uid)
            return editing.InsertNode(node, None, index)

        self._try(build)
        self._select_pending()

    def insert_article(self, article: Node) -> None:
        """Insert a ready-made article (a library clause) after the selected article."""
        agreement = self.agreement
        if agreement is None:
            return
        index = _top_index_after(agreement, self.window.outline_view.selected_uid())
        self.push(editing.InsertNode(article, None, index))
        self._select(article.uid)

    def add_child(self) -> None:
        uid = self._selected()
        if uid is None:
            return

        def build(agreement: Agreement) -> Edit:
            node = editing.new_child(agreement, uid, self.lang)
            self._select_after = node.uid
            return editing.InsertNode(node, uid)

        self._try(build)
        self._select_pending()

    def add_sibling(self) -> None:
        uid = self._selected()
        if uid is None:
            return

        def build(agreement: Agreement) -> Edit:
            location = editing.locate(agreement, uid)
            node = editing.new_child_of_kind(location.siblings[location.index], self.lang,
                                             same=True)
            self._select_after = node.uid
            parent_uid = location.parent.uid if location.parent else (
                location.annex.uid if location.annex else None)
            return editing.InsertNode(node, parent_uid, location.index + 1)

        self._try(build)
        self._select_pending()

    def delete_selected(self) -> None:
        uid = self._selected()
        if uid is not None:
            self.push(editing.DeleteNode(uid))

    def indent(self) -> None:
        uid = self._selected()
        if uid is not None:
            self.push(editing.IndentNode(uid))

    def outdent(self) -> None:
        uid = self._selected()
        if uid is not None:
            self.push(editing.OutdentNode(uid))

    def move_sibling(self, step: int) -> None:
        uid = self._selected()
        if uid is not None:
            self._try(lambda agreement: editing.sibling_move(agreement, uid, step))
            self._select(uid)

    def merge_with_next(self) -> None:
        uid = self._selected()
        if uid is not None:
            self.push(editing.MergeWithNext(uid))

    def insert_reference(self) -> None:
        agreement = self.agreement
        if agreement is None or self.node_editor.target is None:
            self._on_edit_failed(self.tr("Select the paragraph that will hold the reference."))
            return
        picker = ReferencePicker(agreement, self.lang, self.window)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        target = picker.selected_uid()
        if target is None:
            return
        token = ref_token(target)
        shown = Numbering(agreement).render_text(token, self.lang, self.node_editor.target)
        self.node_editor.text_edit.insert_token(token, shown)
        self.node_editor.flush()

    def _select_pending(self) -> None:
        if self._select_after:
            self._select(self._select_after)
            self._select_after = None

    # -- typing ------------------------------------------------------------------------

    def _on_outline_node_activated(self, uid: str) -> None:
        self.node_editor.show_target(self.agreement, uid, self.lang)

    def _on_outline_move_requested(self, uid: str, target: str, position: str) -> None:
        self._try(lambda agreement: editing.move_relative(agreement, uid, target, position))
        self._select(uid)

    def _on_node_editor_text_edited(self, target: str, field: str, value: str) -> None:
        agreement = self.agreement
        if agreement is None:
            return
        try:
            current = editing.read_text(agreement, target, field, self.lang)
        except EditError:
            return
        if current != value:
            self.push(SetText(target, field, self.lang, value))

    def _on_node_editor_split_requested(self, uid: str, offset: int) -> None:
        edit = editing.SplitNode(uid, self.lang, offset)
        self.push(edit)
        self._select(edit.new_uid)

    # -- saving ------------------------------------------------------------------------

    def autosave_now(self) -> None:
        """Write the open agreement's unsaved state to its autosave slot, off the UI thread."""
        if self._autosave_held:
            return
        self.node_editor.flush()
        for agreement_id, stack in self.stacks.items():
            agreement = self.documents.get(agreement_id)
            if agreement is None or stack.isClean():
                continue
            snapshot = copy.deepcopy(agreement)
            self.ctx.tasks.run(
                self._job(lambda store, i=agreement_id, a=snapshot:
                          AutosaveStore(store.db).autosave(i, a)),
                on_failure=self._on_autosave_failed,
            )

    def _on_autosave_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", message))

    def save(self) -> None:
        """Make the open agreement's current state its saved working copy."""
        self.node_editor.flush()
        agreement_id, agreement, stack = self.agreement_id, self.agreement, self.stack()
        if agreement_id is None or agreement is None or stack is None:
            return
        snapshot = copy.deepcopy(agreement)
        clean_index = stack.index()

        def saved(_result: object) -> None:
            if stack.index() == clean_index:
                stack.setClean()
            self.window.statusBar().showMessage(self.tr("Saved."), 3000)
            self.main.reload()

        self.ctx.tasks.run(
            self._job(lambda store: AutosaveStore(store.db).save(agreement_id, snapshot)),
            saved, self._on_save_failed)

    def _on_save_failed(self, message: str) -> None:
        QMessageBox.critical(
            self.window, APP_NAME,
            self.tr("The agreement could not be saved:\n%1").replace("%1", message))

    def save_version(self) -> None:
        """Save, then freeze the working copy as a named version."""
        self.node_editor.flush()
        agreement_id, agreement = self.agreement_id, self.agreement
        if agreement_id is None or agreement is None:
            return
        name, accepted = QInputDialog.getText(
            self.window, self.tr("Save Version"),
            self.tr("Name of the version (e.g. “sent to the partner”):"))
        if not accepted:
            return
        snapshot = copy.deepcopy(agreement)
        stack = self.stack()
        clean_index = stack.index() if stack is not None else -1

        def work(store: AgreementStore) -> VersionInfo:
            AutosaveStore(store.db).save(agreement_id, snapshot)
            return store.save_version(agreement_id, name.strip() or None)

        def done(info: VersionInfo) -> None:
            # Edits typed while the version was being written stay unsaved.
            if stack is not None and stack.index() == clean_index:
                stack.setClean()
            self.window.statusBar().showMessage(
                self.tr("Saved version %1.").replace("%1", str(info.number)), 4000)
            self._load_versions()
            self.main.reload()

        self.ctx.tasks.run(self._job(work), done, self._on_save_failed)

    def _job(self, work: Callable[[AgreementStore], object]) -> Callable[..., object]:
        return self.ctx.with_store(work)

    # -- versions ----------------------------------------------------------------------

    def _load_versions(self) -> None:
        agreement_id = self.agreement_id
        if agreement_id is None:
            self.versions_panel.set_versions([])
            return
        self.ctx.tasks.run(self._job(lambda store: store.versions(agreement_id)),
                           self.versions_panel.set_versions, self._on_edit_failed)

    def show_version(self, number: int) -> None:
        agreement_id = self.agreement_id
        if agreement_id is None:
            return
        self.ctx.tasks.run(
            self._job(lambda store: store.get_version(agreement_id, number)),
            lambda agreement: self._show_version_window(number, agreement),
            self._on_edit_failed)

    def _show_version_window(self, number: int, agreement: Agreement) -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Version %1 (read-only)").replace("%1", str(number)))
        view = DocumentView(dialog)
        view.show_agreement(agreement, self.lang if self.lang in agreement.languages
                            else None)
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(800, 700)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # -- recovery and closing ------------------------------------------------------------

    def _on_main_agreements_loaded(self, _summaries: object) -> None:
        if self._recovery_checked:
            return
        self._recovery_checked = True
        self.ctx.tasks.run(self._job(lambda store: AutosaveStore(store.db).pending()),
                           self._offer_recovery, self._on_recovery_failed)

    def _on_recovery_failed(self, message: str) -> None:
        QMessageBox.warning(
            self.window, APP_NAME,
            self.tr("Unsaved work from the last session could not be read:\n%1").replace(
                "%1", message))

    def _offer_recovery(self, pending: list[PendingDraft]) -> None:
        for draft in pending:
            answer = QMessageBox.question(
                self.window, self.tr("Restore Unsaved Work"),
                self.tr("MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.\n\n"
                        "Restore them?").replace("%1", draft.title)
                .replace("%2", draft.saved_at.replace("T", " ").replace("+00:00", "")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self._restore(draft.agreement_id)
            else:
                self.ctx.tasks.run(self._job(
                    lambda store, i=draft.agreement_id: AutosaveStore(store.db).discard(i)))

    def _restore(self, agreement_id: int) -> None:
        def restored(recovered: Agreement) -> None:
            self.pending_restore = (agreement_id, recovered)
            if self.agreement_id == agreement_id:
                self._apply_pending_restore()
            else:
                self.main.window.agreement_list.select_id(agreement_id)

        self.ctx.tasks.run(self._job(lambda store: AutosaveStore(store.db).recover(
            agreement_id)), restored, self._on_edit_failed)

    def _apply_pending_restore(self, *_args: object) -> None:
        if self.pending_restore is None or self.agreement_id != self.pending_restore[0]:
            return
        _agreement_id, recovered = self.pending_restore
        self.pending_restore = None
        self.push(_Restore(recovered))
        self.window.statusBar().showMessage(self.tr("Unsaved work restored."), 5000)

    def dirty_ids(self) -> list[int]:
        return [i for i, stack in self.stacks.items() if not stack.isClean()]

    def dirty_titles(self) -> list[str]:
        """One-line titles of the agreements with unsaved edits, for a confirmation."""
        return [display_title(self.documents[i]) or self.tr("(untitled)")
                for i in self.dirty_ids()
                if i in self.documents]

    # -- the database file replaced (restore from backup, another file opened) ----------

    def hold_autosave(self) -> None:
        """Autosave the unsaved edits once more, then write nothing until resumed.

        Called before the database file is replaced: the last autosave lands in the file
        about to become the safety copy, and no timer writes into the new file.
        """
        self.node_editor.flush()
        self.autosave_timer.stop()
        self.autosave_now()
        self._autosave_held = True

    def resume_autosave(self) -> None:
        """The replacement failed: the edits are still this database's; autosave again."""
        self._autosave_held = False
        if self.dirty_ids():
            self.autosave_timer.start()

    def discard_all(self) -> None:
        """Forget every edit in memory: the database under them was replaced."""
        self.node_editor.show_target(None, None, self.lang)  # drops its typing too
        self.autosave_timer.stop()
        self.pending_restore = None
        self._select_after = None
        for stack in self.stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self.stacks.clear()
        self.documents.clear()
        self.window.setWindowModified(False)
        self._autosave_held = False
        # The restored file may hold autosaves of its own: offer them as at a start.
        self._recovery_checked = False

    def confirm_close(self) -> bool:
        """Ask what to do with unsaved work; False keeps the window open."""
        self.node_editor.flush()
        if not self.dirty_ids():
            return True
        answer = QMessageBox.warning(
            self.window, APP_NAME,
            self.tr("Some agreements have unsaved changes. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        self.autosave_timer.stop()
        for agreement_id in self.dirty_ids():
            agreement = copy.deepcopy(self.documents[agreement_id])
            db = self.ctx.connect()  # closing: the one place a short wait is right
            try:
                autosaves = AutosaveStore(db)
                if answer == QMessageBox.StandardButton.Save:
                    autosaves.save(agreement_id, agreement)
                else:
                    autosaves.discard(agreement_id)
            finally:
                if db.conn is not None:
                    db.conn.close()
        return True

    def _on_undo_group_clean_changed(self, _clean: bool) -> None:
        # The active stack may be the register's, whose steps are saved at once: the
        # window is modified while any agreement has unsaved edits.
        self.window.setWindowModified(bool(self.dirty_ids()))


class _Restore(editing.ReplaceAgreement):
    description = editing.RESTORE_UNSAVED_WORK


def _top_index_after(agreement: Agreement, uid: str | None) -> int:
    """Where a new article goes: after the article holding ``uid``, else at the end."""
    if uid is None or agreement.find(uid) is None:
        return len(agreement.body)
    parents = agreement.parent_map()
    top = uid
    while parents.get(top) is not None:
        parent = parents[top]
        assert parent is not None
        top = parent.uid
    for index, node in enumerate(agreement.body):
        if node.uid == top:
            return index + 1
    return len(agreement.body)
