"""Deleting from the window: Undo instead of a second question (the way
KeePassXC does it), and a deliberate question before anything is erased."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from hrdoc.core import deletion
from hrdoc.core.store import Store
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


def confirm_purge(parent: QWidget, store: Store, record_id: str) -> bool:
    """Erasing cannot be undone: say what it does, Cancel is the default."""
    records = deletion.affected(store, record_id)
    question = QCoreApplication.translate(
        "Deleting",
        "Erase “%1” and the %n record(s) under it for good, with every earlier version"
        " and their files? This cannot be undone.",
        "",
        len(records) - 1,
    ).replace("%1", records[0].display_title[:80])
    return ask(parent, question, QMessageBox.StandardButton.Discard, warn=True)
