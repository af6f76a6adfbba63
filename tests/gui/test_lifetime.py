"""Windows that are gone leave nothing behind that later key presses reach."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("pytestqt")

SCRIPT = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import shiboken6
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from hrdoc.gui.main_window import MainWindow

    app = QApplication([])
    held = []
    for _ in range(3):
        window = MainWindow()
        window.show()
        app.processEvents()
        held.append(window._watcher)  # a reference outlives the window
        shiboken6.delete(window)
    app.processEvents()
    field = QLineEdit()
    field.show()
    QTest.keyClicks(field, "2024-02-30")  # goes through the app's event filters
    print(field.text())
    """
)


def test_key_presses_after_a_window_is_deleted_do_not_crash():
    # in a child process: a crash must fail this test, not end the test run
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "2024-02-30"
