"""Review conflicts: see what differs, keep ours or take theirs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.store import Store
from hrdoc.exchange.conflicts import Conflict, open_conflicts, resolve
from hrdoc.gui.widgets import plain_label, plain_text_edit


class ConflictsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("An imported version differs from yours. Yours is kept until you choose.")
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.diff = plain_text_edit(read_only=True)
        self.diff.setAccessibleName(self.tr("Differences"))
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.take_button = QPushButton(self.tr("Take theirs (mine stays in the history)"))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        self.status = plain_label()
        for widget in (self.list, self.diff):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.list.currentRowChanged.connect(self._show)
        self.keep_button.clicked.connect(lambda: self._settle(take_theirs=False))
        self.take_button.clicked.connect(lambda: self._settle(take_theirs=True))
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = open_conflicts(self.store)
        self.list.clear()
        for c in self._conflicts:
            title = str(c.incoming.get("title") or c.incoming.get("name") or c.record_id)
            self.list.addItem(f"{c.kind}: {title}")  # item text is plain text
        has_any = bool(self._conflicts)
        self.keep_button.setEnabled(has_any)
        self.take_button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)
        else:
            self.diff.setPlainText(self.tr("No conflicts."))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        lines = []
        for name, ours, theirs in self._conflicts[row].differences(self.store):
            lines += [
                f"{name}",
                "  " + self.tr("mine") + f":   {ours}",
                "  " + self.tr("theirs") + f": {theirs}",
            ]
        self.diff.setPlainText("\n".join(lines))

    def _settle(self, take_theirs: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        try:
            resolve(self.store, self._conflicts[row].number, take_theirs=take_theirs)
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()
