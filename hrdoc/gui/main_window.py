"""The main window: cases, incidents with instant search, the selected incident.

Locking (Ctrl+L, or after the idle time) closes the vault and empties every
widget; the window title never names a case.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core import deletion
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange.mvt import import_mvt
from hrdoc.exchange.stix import import_stix
from hrdoc.gui.backup_ui import BackupBar
from hrdoc.gui.conflicts_dialog import ConflictsDialog
from hrdoc.gui.contacts_dialog import ContactsDialog
from hrdoc.gui.deleting import UndoBar, confirm_delete_case, purge_with_question
from hrdoc.gui.evidence_panel import EvidencePanel
from hrdoc.gui.exchange_dialogs import BundleDialog, ImportBundleDialog, MyKeyDialog, ReportDialog
from hrdoc.gui.filter_bar import FilterBar
from hrdoc.gui.guide import GuideWindow, add_help_menu, show_guide
from hrdoc.gui.inbox_dialog import import_folder
from hrdoc.gui.incident_editor import IncidentEditor
from hrdoc.gui.incident_tabs import HistoryTab, IndicatorsTab, InterventionsTab, PeopleTab
from hrdoc.gui.models import IncidentTableModel
from hrdoc.gui.record_dialogs import EditCaseDialog, NewCaseDialog, NewIncidentDialog
from hrdoc.gui.safety_actions import SafetyActions
from hrdoc.gui.senders_dialog import show_senders
from hrdoc.gui.settings_dialog import SettingsDialog
from hrdoc.gui.table_import import choose_and_import
from hrdoc.gui.toolbar import add_toolbar
from hrdoc.gui.unlock import ChangePassphraseDialog
from hrdoc.gui.views_menu import add_view_menu
from hrdoc.gui.widgets import empty_list_text, plain_label, plain_message
from hrdoc.gui.worker import run_with_progress_dialog, stop_all

DEFAULT_IDLE_MINUTES = 5


class _IdleWatcher(QObject):
    """Restarts a timer on every key press or mouse event anywhere in the app.

    It is the timer's child, so it goes when the window goes, and Qt drops it
    from the application's filters: a filter left behind by a closed window
    would restart a deleted timer on every key press."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            self._timer.start()
        return False


class MainWindow(QMainWindow, SafetyActions):
    locked = Signal()
    unlock_requested = Signal()
    panicked = Signal()  # access was destroyed: the app quits, it does not restart

    def __init__(self, idle_minutes: float = DEFAULT_IDLE_MINUTES, lang: str = "en") -> None:
        super().__init__()
        self.setWindowTitle("hrdoc")
        self.resize(1280, 760)  # every column shows; a kept layout replaces this
        self.vault: Vault | None = None
        self.store: Store | None = None
        self.messages = []
        self.closing = False
        #: the vault's folder even while locked (panic needs no passphrase)
        self.vault_folder: Path | None = None

        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases"))
        self.cases.setWordWrap(True)  # long case titles wrap instead of being cut
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search incidents, people, indicators, evidence, places")
        )
        self.no_match = plain_label()
        self.no_match.setWordWrap(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.lang = lang
        self.guide: GuideWindow | None = None
        self.model = IncidentTableModel(lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)  # the title takes the room
        for column, width in ((0, 90), (2, 140), (3, 140)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.editor = IncidentEditor(lang)
        self.evidence = EvidencePanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Incident"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.people = PeopleTab()
        self.tabs.addTab(self.people, self.tr("People"))
        self.indicators = IndicatorsTab()
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.interventions = InterventionsTab()
        self.tabs.addTab(self.interventions, self.tr("Interventions"))
        self.history = HistoryTab()
        self.tabs.addTab(self.history, self.tr("History"))
        for panel in (self.editor, self.people, self.indicators, self.interventions):
            panel.lang = lang

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.search)
        self.filters = FilterBar(lang)
        self.filters.changed.connect(self.refresh_incidents)
        middle_layout.addWidget(self.filters)
        middle_layout.addWidget(self.no_match)
        middle_layout.addWidget(self.table)
        self.undo_bar = UndoBar(self.refresh_after_undo)
        self.backup_bar = BackupBar(self.back_up)
        middle_layout.addWidget(self.backup_bar)
        for tab in (self.people, self.indicators, self.interventions, self.evidence):
            tab.removed.connect(self._row_removed)
        for erasing in (self.people, self.evidence):
            erasing.erased.connect(self._erased)
        middle_layout.addWidget(self.undo_bar)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setSizes([170, 600, 510])
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)

        locked_page = QWidget()
        locked_layout = QVBoxLayout(locked_page)
        locked_note = plain_label(
            self.tr("The vault is locked. Nothing from it is shown until you unlock it.")
        )
        locked_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setMinimumWidth(200)
        locked_layout.addStretch(1)
        locked_layout.addWidget(locked_note)
        locked_layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignCenter)
        locked_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(locked_page)
        self.stack.addWidget(splitter)
        self.setCentralWidget(self.stack)

        self.vault_state = plain_label(self.tr("Locked"))
        self.vault_state.setAccessibleName(self.tr("Vault"))
        self.shown = plain_label()
        self.shown.setAccessibleName(self.tr("Incidents shown"))
        self.last_backup = plain_label()
        self.last_backup.setAccessibleName(self.tr("Last backup"))
        for part in (self.vault_state, self.shown, self.last_backup):
            self.statusBar().addPermanentWidget(part)
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.vault_actions: list[QAction] = []
        for text, shortcut, slot in (
            (self.tr("New &case…"), "Ctrl+Shift+N", self.new_case),
            (self.tr("New &incident…"), "Ctrl+N", self.new_incident),
        ):
            action = vault_menu.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.vault_actions.append(action)
        change = vault_menu.addAction(self.tr("Change &passphrase…"))
        change.triggered.connect(self.change_passphrase)
        self.vault_actions.append(change)
        back_up = vault_menu.addAction(self.tr("&Back up…"))
        back_up.triggered.connect(self.back_up)
        self.vault_actions.append(back_up)
        for_contacts = vault_menu.addAction(self.tr("Back up for &trusted contacts…"))
        for_contacts.triggered.connect(self.back_up_for_contacts)
        self.vault_actions.append(for_contacts)
        duress = vault_menu.addAction(self.tr("&Duress passphrase…"))
        duress.triggered.connect(self.set_duress)
        self.vault_actions.append(duress)
        vault_menu.addAction(self.tr("&Settings…")).triggered.connect(self.edit_settings)
        self.panic_action = vault_menu.addAction(self.tr("Pa&nic: destroy access…"))
        self.panic_action.triggered.connect(self.panic)
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._set_panic_shortcut()
        lock_action = vault_menu.addAction(self.tr("&Lock"))
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        delete = edit_menu.addAction(self.tr("&Delete incident"))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(delete)  # Delete in a text field deletes text, not incidents
        delete.triggered.connect(self.delete_incident)
        undo = edit_menu.addAction(self.tr("&Undo delete"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(undo)
        undo.triggered.connect(self.undo_bar.undo)
        edit_case = edit_menu.addAction(self.tr("Edit c&ase…"))
        edit_case.triggered.connect(self.edit_case)
        delete_case = edit_menu.addAction(self.tr("Delete &case…"))
        delete_case.triggered.connect(self.delete_case)
        purge = edit_menu.addAction(self.tr("&Erase incident for good…"))
        purge.triggered.connect(self.purge_incident)
        self.vault_actions += [delete, undo, edit_case, delete_case, purge]
        self.views = add_view_menu(self)
        exchange = self.menuBar().addMenu(self.tr("&Exchange"))
        for text, slot in (
            (self.tr("Export &report…"), self.export_report),
            (self.tr("Export &bundle…"), self.export_bundle),
            (self.tr("&Import bundle…"), self.import_bundle),
            (self.tr("Import a &folder of bundles…"), lambda: import_folder(self)),
            (self.tr("Restore from a contact's &copy…"), self.restore_from_contact),
            (self.tr("&My key…"), self.my_key),
            (self.tr("&Contacts…"), self.show_contacts),
            (self.tr("C&onflicts…"), self.show_conflicts),
            (self.tr("&Senders…"), lambda: show_senders(self)),
            (self.tr("Import &MVT results…"), self.import_mvt),
            (self.tr("Import &STIX indicators…"), self.import_stix),
            (self.tr("Import s&preadsheet…"), lambda: choose_and_import(self, self.store)),
        ):
            action = exchange.addAction(text)
            action.triggered.connect(slot)
            self.vault_actions.append(action)

        add_help_menu(self.menuBar(), self.show_guide, self.show_about)
        add_toolbar(self)

        for action in self.vault_actions:  # nothing to act on until a vault is open
            action.setEnabled(False)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(idle_minutes * 60_000))
        self.idle.timeout.connect(self.lock)
        self._watcher = _IdleWatcher(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

        self.cases.currentItemChanged.connect(lambda *_: self.refresh_incidents())
        self.search.textChanged.connect(lambda *_: self.refresh_incidents())
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.unlock_button.clicked.connect(self.unlock_requested.emit)
        self.editor.saved.connect(self._saved)
        for tab in (self.people, self.indicators, self.interventions):
            tab.changed.connect(self._related_changed)

    # vault ---------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    # file dialogs are attributes so tests can replace them
    get_open_file_name = staticmethod(QFileDialog.getOpenFileName)
    get_save_file_name = staticmethod(QFileDialog.getSaveFileName)

    def open_vault(self, vault: Vault) -> None:
        self.vault = vault
        self.store = Store(vault)
        self.stack.setCurrentIndex(1)
        self.vault_state.setText(self.tr("Unlocked: %1").replace("%1", vault.folder.name))
        for action in self.vault_actions:
            action.setEnabled(True)
        self.filters.fill(self.store)
        self.reload_cases()
        self.idle.start()
        titles = self.editor.draft_titles(self.store)
        if titles:
            self._tell(
                self.tr(
                    "Edits that could not be saved when the vault locked were kept. "
                    "They come back when you open the incident: %1"
                ).replace("%1", "; ".join(titles))
            )
        self._restore_layout()  # after the drafts are named: selecting opens one
        self._remind_to_back_up()

    def reload_cases(self, select: str | None = None) -> None:
        if self.store is None:
            return
        self.cases.blockSignals(True)
        self.cases.clear()
        all_item = QListWidgetItem(self.tr("All cases"))
        self.cases.addItem(all_item)
        current = all_item
        for case in self.store.find(Case, order="title"):
            item = QListWidgetItem(case.title)  # item text is plain text
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.cases.addItem(item)
            if case.id == select:
                current = item
        self.cases.setCurrentItem(current)
        self.cases.blockSignals(False)
        self.refresh_incidents()

    def _saved(self, incident_id: str) -> None:
        self.refresh_incidents()
        if self.store is not None:
            self.history.show_incident(self.store, incident_id)

    def current_case_id(self) -> str | None:
        item = self.cases.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # actions ----------------------------------------------------------------------

    def new_case(self) -> None:
        if self.store is None:
            return
        dialog = NewCaseDialog(self.store, self)
        if dialog.exec() and dialog.record is not None:
            self.reload_cases(select=dialog.record.id)

    def new_incident(self) -> None:
        if self.store is None:
            return
        if self.store.count(Case) == 0:
            self.new_case()
            if self.store.count(Case) == 0:
                return
        dialog = NewIncidentDialog(self.store, self.current_case_id(), self)
        if dialog.exec():
            self.refresh_incidents()

    def change_passphrase(self) -> None:
        if self.vault is not None:
            ChangePassphraseDialog(self.vault, self).exec()

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self, vault=self.vault)
        if dialog.exec():
            self._set_panic_shortcut()
            self.idle.setInterval(int(dialog.current.idle_lock_minutes * 60_000))
            if self.vault is not None:
                self.idle.start()

    def export_report(self) -> None:
        if self.store is not None:
            ReportDialog(self.store, self).exec()

    def show_guide(self, page: str) -> None:
        self.guide = show_guide(self, self.guide, page, self.lang)

    def show_about(self) -> None:
        from hrdoc.gui.about import AboutDialog

        AboutDialog(self).exec()

    def export_bundle(self) -> None:
        if self.store is not None:
            BundleDialog(self.store, self).exec()

    def import_bundle(self) -> None:
        if self.store is None:
            return
        name, _filter = self.get_open_file_name(self, self.tr("Import a bundle"))
        if name:
            ImportBundleDialog(self.store, Path(name), self).exec()
            self.reload_cases()

    def my_key(self) -> None:
        if self.store is not None:
            MyKeyDialog(self.store, self).exec()

    def show_conflicts(self) -> None:
        if self.store is not None:
            ConflictsDialog(self.store, self).exec()
            self.refresh_incidents()

    def show_contacts(self) -> None:
        if self.vault is not None:
            ContactsDialog(self.vault, self).exec()

    get_existing_directory = staticmethod(QFileDialog.getExistingDirectory)

    def import_mvt(self) -> None:
        incident = self.editor.incident
        if self.store is None or incident is None:
            self._tell(self.tr("Select the incident the MVT results belong to first."))
            return
        folder = self.get_existing_directory(self, self.tr("MVT output folder"))
        if not folder:
            return
        store, incident_id = self.store, incident.id
        run_with_progress_dialog(
            self,
            self.tr("Importing MVT results…"),
            lambda report: import_mvt(store, Path(folder), incident_id, report),
            lambda result: self._tell("\n".join(result.summary_lines()), refresh=True),
            self._tell,
        )

    def import_stix(self) -> None:
        if self.store is None:
            return
        name, _filter = self.get_open_file_name(self, self.tr("STIX 2.1 indicators"))
        if not name:
            return
        store = self.store
        run_with_progress_dialog(
            self,
            self.tr("Loading STIX indicators…"),
            lambda report: import_stix(store, Path(name), report),
            lambda summary: self._tell(
                self.tr("Loaded %1 indicators.").replace("%1", str(summary.indicators))
                if not summary.already_loaded
                else self.tr("This file is already in the library."),
                refresh=True,
            ),
            self._tell,
        )

    messages: list[str]

    def _tell(self, text: str, refresh: bool = False) -> None:
        self.messages.append(text)
        if refresh:
            self.refresh_incidents()
            if self.store is not None and self.editor.incident is not None:
                self.indicators.show_incident(self.store, self.editor.incident.id)
        box = plain_message(self, "hrdoc", text)
        box.setModal(False)
        box.show()

    def lock(self) -> None:
        if self.vault is None:
            return
        for dialog in self._open_dialogs():
            keep = getattr(dialog, "keep_before_lock", None)
            if keep is not None:
                keep()  # a dialog's edits are saved if they can be
        if self.editor.has_unsaved_changes() and not self.editor.save(ask=False):
            self.editor.keep_draft()  # locking never waits, and never loses the edit
        stop_all()  # background work ends before the vault closes under it
        self._keep_layout()
        for dialog in self._open_dialogs():
            dialog.reject()  # nothing of the vault stays on screen
        self.idle.stop()
        vault, self.vault, self.store = self.vault, None, None  # first: no refresh can reload
        self.stack.setCurrentIndex(0)
        self.vault_state.setText(self.tr("Locked"))
        self.shown.setText("")
        self.editor.clear()
        self.evidence.clear()
        for tab in (self.people, self.indicators, self.interventions, self.history):
            tab.clear()
        for action in self.vault_actions:
            action.setEnabled(False)
        self.model.clear()
        self.cases.clear()
        self.search.clear()
        self.filters.clear()
        self.undo_bar.forget()  # the window offers Undo until the vault is locked
        self.backup_bar.hide()
        self.last_backup.clear()
        vault.lock()
        self.locked.emit()

    # views -----------------------------------------------------------------------

    def refresh_incidents(self) -> None:
        if self.store is None:
            return
        item = self.cases.currentItem()
        case_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        chosen = self.filters.current()
        self.model.show(self.store, case_id, self.search.text(), chosen)
        asked = bool(self.search.text().strip()) or not chosen.is_empty()
        self.no_match.setText(empty_list_text(asked, bool(case_id)))  # what to do next
        self.no_match.setVisible(not self.model.rowCount())
        self.shown.setText(self.tr("%n incident(s) shown", "", self.model.rowCount()))

    # --- deleting ----------------------------------------------------------------

    def _selected_incident(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.incident_id(index.row()) if index.isValid() else None

    def delete_incident(self) -> None:
        incident_id = self._selected_incident()
        if self.store is None or incident_id is None:
            return
        done = deletion.delete(self.store, incident_id)
        self.editor.clear()
        self.evidence.clear()
        self.refresh_incidents()
        self.undo_bar.deleted(self.store, done)

    def edit_case(self) -> None:
        case_id = self.current_case_id()
        if self.store is None or not case_id:
            return
        dialog = EditCaseDialog(self.store, self.store.get(Case, case_id), self)
        if dialog.exec():
            self.reload_cases(select=case_id)

    def delete_case(self) -> None:
        item = self.cases.currentItem()
        case_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.store is None or not case_id:
            return
        if confirm_delete_case(self, self.store, case_id):
            done = deletion.delete(self.store, case_id)
            self.reload_cases()
            self.refresh_incidents()
            self.undo_bar.deleted(self.store, done)

    def purge_incident(self) -> None:
        incident_id = self._selected_incident()
        if self.store is None or incident_id is None:
            return
        if purge_with_question(self, self.store, incident_id):
            self.undo_bar.forget()
            self.evidence.clear()
            self.refresh_incidents()

    def _row_removed(self, done: deletion.Deleted) -> None:
        if self.store is not None:
            self.undo_bar.deleted(self.store, done)

    def _erased(self) -> None:
        """Something was erased for good: nothing is left to undo, and other
        records may have lost a name."""
        self.undo_bar.forget()
        self.refresh_after_undo()

    def refresh_after_undo(self) -> None:
        self.reload_cases(select=self.current_case_id())
        self.refresh_incidents()
        for tab in (self.people, self.indicators, self.interventions, self.evidence):
            if tab.incident_id is not None:
                tab.refresh()
        self.editor.refresh_details()

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.store is None or not current.isValid():
            return
        if self.editor.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this incident first?"),
            )
            if answer == QMessageBox.StandardButton.Yes and not self.editor.save():
                return
        incident_id = self.model.incident_id(current.row())
        self.editor.show_incident(self.store, self.store.get(Incident, incident_id))
        self.evidence.show_incident(self.store, incident_id)
        for tab in (self.people, self.indicators, self.interventions, self.history):
            tab.show_incident(self.store, incident_id)

    def _open_dialogs(self) -> list[QDialog]:
        """Open dialogs of this window, innermost first."""
        return [d for d in reversed(self.findChildren(QDialog)) if d.isVisible()]

    def _related_changed(self) -> None:
        """A person, indicator or intervention of the shown incident changed."""
        self.editor.refresh_details()
        if self.store is not None and self.editor.incident is not None:
            self.history.show_incident(self.store, self.editor.incident.id)

    def closeEvent(self, event: QEvent) -> None:
        self.closing = True
        self.lock()
        super().closeEvent(event)  # type: ignore[arg-type]
