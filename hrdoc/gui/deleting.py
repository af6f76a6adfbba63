"""Deleting from the window: Undo instead of a second question (the way
KeePassXC does it), and a deliberate question before anything is erased."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core import deletion
from hrdoc.core.records import Actor, Incident, Involvement, Record
from hrdoc.core.store import Store
from hrdoc.gui.exchange_dialogs import field_label, kind_label
from hrdoc.gui.widgets import ask, plain_label


class UndoBar(QWidget):
    """'Deleted …  [Undo]' under the list, until Undo or the next lock."""

    def __init__(self, restored: Callable[[], None]) -> None:
        super().__init__()
        self._restored = restored
        self.store: Store | None = None
        self.batch: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def deleted(self, store: Store, done: deletion.Deleted) -> None:
        self.store, self.batch = store, done.batch
        first = done.records[0]
        text = self.tr("Deleted “%1”.").replace("%1", first.display_title[:80])
        if len(done.records) > 1:
            text += " " + self.tr("%n record(s) under it too.", "", len(done.records) - 1)
        self.message.setText(text)
        self.show()

    def undo(self) -> None:
        if self.store is not None and self.batch is not None:
            deletion.undo(self.store, self.batch)
        self.forget()
        self._restored()

    def forget(self) -> None:
        self.store = self.batch = None
        self.hide()


def confirm_delete_case(parent: QWidget, store: Store, case_id: str) -> bool:
    """A case takes everything under it: list it, then ask (Cancel default)."""
    records = deletion.affected(store, case_id)
    shown = "\n".join(f"• {r.display_title[:70]}" for r in records[:15])
    if len(records) > 15:
        shown += "\n…"
    question = QCoreApplication.translate(
        "Deleting", "Delete this case and the %n record(s) under it?", "", len(records)
    )
    return ask(parent, f"{question}\n\n{shown}", QMessageBox.StandardButton.Discard, warn=True)


class PurgeDialog(QDialog):
    """Erase for good: what goes with the record, and, for a person, where
    their name still appears, with the choice to take it out there too.
    Cancel is the default: Enter or Escape erases nothing."""

    def __init__(self, parent: QWidget | None, store: Store, record_id: str) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.setWindowTitle(self.tr("Erase for good"))
        self.setMinimumWidth(640)
        records = deletion.affected(store, record_id)
        layout = QVBoxLayout(self)
        question = self.tr(
            "Erase “%1” and the %n record(s) under it for good, with every earlier version"
            " and their files? This cannot be undone.",
            "",
            len(records) - 1,
        ).replace("%1", records[0].display_title[:80])
        text = plain_label(question)
        text.setWordWrap(True)
        layout.addWidget(text)
        if len(records) > 1:
            also = [_line(store, r) for r in records[1:]]
            layout.addWidget(_plain_list(also, self.tr("Also erased")))
        self.mentions: list[tuple[Record, str]] = []
        self.places = QListWidget()  # where the person is still named, each ticked to redact
        first = records[0]
        if isinstance(first, Actor):
            self.mentions = deletion.mentions(store, first)
        if self.mentions:
            named = plain_label(
                self.tr(
                    "This person is still named in the places below. In each ticked one the"
                    " name is replaced with “[name withheld]” and the record's earlier"
                    " versions are erased:"
                )
            )
            layout.addWidget(named)
            for record, field_name in self.mentions:
                item = QListWidgetItem(
                    f"{_line(store, record)} — {field_label(field_name)}"
                )  # plain text
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.places.addItem(item)
            self.places.setAccessibleName(named.text())
            self.places.setMaximumHeight(140)
            layout.addWidget(self.places)
        else:
            self.places.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Discard | QDialogButtonBox.StandardButton.Cancel
        )
        erase = buttons.button(QDialogButtonBox.StandardButton.Discard)
        erase.setText(self.tr("&Erase for good"))
        erase.setAutoDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        erase.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def erase(self) -> bool:
        """Ask; on Erase, take the name out where chosen, then purge."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return False
        chosen = {
            (record.id, field_name)
            for n, (record, field_name) in enumerate(self.mentions)
            if self.places.item(n).checkState() == Qt.CheckState.Checked
        }
        if chosen:
            person = self.store.get(Actor, self.record_id)
            deletion.redact_mentions(self.store, person, chosen)
        deletion.purge(self.store, self.record_id)
        return True


def _line(store: Store, record: Record) -> str:
    title = record.display_title[:70]
    if isinstance(record, Involvement) and store.exists(Incident, record.incident_id):
        title += " — " + store.get(Incident, record.incident_id).display_title[:60]
    return f"{kind_label(record.KIND)}: {title}"


def _plain_list(lines: list[str], name: str) -> QListWidget:
    shown = QListWidget()
    shown.addItems(lines)  # plain text items
    shown.setAccessibleName(name)
    shown.setMaximumHeight(140)
    return shown


def purge_with_question(parent: QWidget, store: Store, record_id: str) -> bool:
    """Erase a record for good if the user says so; True if it was erased."""
    return PurgeDialog(parent, store, record_id).erase()
