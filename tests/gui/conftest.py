"""What the desktop-app tests share: a small vault and an unlocked window."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE

HOSTILE = "<b>x</b><img src=https://tracker.example/p.png>"


def visible_text(root: QWidget) -> str:
    """Every piece of text a person could read in a window."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


@pytest.fixture
def made_vault(vault_dir):
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    store = Store(vault)
    case = store.add(Case(title="Border case"))
    store.add(
        Incident(case_id=case.id, title="Phone searched at the airport", start_date="2024-05")
    )
    store.add(Incident(case_id=case.id, title=HOSTILE, description=HOSTILE))
    vault.lock()
    return vault_dir


def unlock(qtbot, folder, secret=PASSPHRASE) -> UnlockDialog:
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(secret)
    dialog.unlock_button.click()
    return dialog


@pytest.fixture
def window(qtbot, made_vault):
    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    win = MainWindow(idle_minutes=5)
    qtbot.addWidget(win)
    win.show()
    win.open_vault(dialog.vault)
    yield win
    win.lock()


def when_modal(cls, action):  # type: ignore[no-untyped-def]
    """Run ``action`` on the next modal dialog of ``cls`` once it is shown."""
    seen = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and widget.isVisible():
            seen.append(widget)
            action(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen
