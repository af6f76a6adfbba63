"""Start the desktop app: first run creates a vault, later runs unlock it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QProcess, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from hrdoc import paths, settings
from hrdoc.core.vault import vault_exists
from hrdoc.gui.first_run import FirstRunDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.reports.model import RTL_LANGUAGES


class Controller:
    """Wires the dialogs and the main window; holds no domain logic."""

    def __init__(
        self,
        folder: Path,
        idle_minutes: float = 5,
        lang: str = "en",
        restart: Callable[[], None] | None = None,
    ) -> None:
        self.folder = folder
        self.window = MainWindow(idle_minutes=idle_minutes, lang=lang)
        self.window.unlock_requested.connect(self.unlock)
        self._restart = restart
        self.window.locked.connect(self._locked)
        self.window.vault_folder = folder
        self.window.panicked.connect(self._panicked)
        self.panicked = False

    def _panicked(self) -> None:
        """Access is destroyed: quit, without starting a new process."""
        self.panicked = True
        self.window.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _locked(self) -> None:
        """Python never wipes the memory it frees, so record text read while
        unlocked may linger in this process. On lock (not on quit), start a
        fresh process at the unlock screen and end this one."""
        if self._restart is not None and not self.window.closing:
            self._restart()

    def start(self) -> bool:
        self.window.show()
        if not vault_exists(self.folder):
            dialog = FirstRunDialog(self.folder, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
                return False
            self.window.open_vault(dialog.vault)
            return True
        return self.unlock()

    def unlock(self) -> bool:
        dialog = UnlockDialog(self.folder, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.window.open_vault(dialog.vault)
            return True
        if dialog.panicked:
            self.window.closing = True
            self._panicked()
        return False


def install_translation(app: QApplication, lang: str) -> list[QTranslator]:
    """Load the window's strings in ``lang`` if a translation ships for it,
    with Qt's own (standard buttons, file dialogs). Returns what was installed."""
    from hrdoc.gui import passphrase_fields

    passphrase_fields.window_language = lang  # suggested passphrases in it
    if lang == "en":
        return []
    entry = resources.files("hrdoc.resources").joinpath("translations", f"hrdoc_{lang}.qm")
    if not entry.is_file():
        return []
    ours = QTranslator(app)
    with resources.as_file(entry) as path:
        if not ours.load(str(path)):
            return []
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def app_icon() -> QIcon:
    """hrdoc's icon (resources/icons): the SVG, with PNGs for small sizes."""
    icon = QIcon()
    folder = resources.files("hrdoc.resources").joinpath("icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        entry = folder.joinpath(f"hrdoc-{size}.png")
        if entry.is_file():
            with resources.as_file(entry) as path:
                icon.addFile(str(path))
    return icon


def restart_command(folder: Path, lang: str) -> tuple[str, list[str]]:
    """How to start hrdoc again at the unlock screen. In a packaged (frozen)
    app the executable is hrdoc itself, not a Python that takes ``-m``."""
    args = ["--vault", str(folder), "gui", "--lang", lang]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "hrdoc.cli", *args]


def _utf8_locale() -> None:
    """Qt needs a UTF-8 locale; started with none (a desktop entry on a minimal
    system, `env -i`), it switches to C.UTF-8 itself but first prints a
    warning to a terminal the user never sees. Choose it for Qt instead."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")
    ):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def main(folder: Path | None = None, lang: str | None = None) -> int:
    _utf8_locale()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("hrdoc")
    app.setDesktopFileName("org.hrdoc.Hrdoc")  # Wayland and docks match the desktop entry
    app.setWindowIcon(app_icon())
    chosen = settings.load()
    lang = lang or chosen.language
    install_translation(app, lang)
    if lang in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the whole window mirrored
    vault_folder = folder or paths.default_vault_dir()

    def restart() -> None:
        program, args = restart_command(vault_folder, lang)
        if QProcess.startDetached(program, args):
            app.quit()

    controller = Controller(
        vault_folder,
        idle_minutes=chosen.idle_lock_minutes,
        lang=lang,
        restart=restart if chosen.restart_on_lock else None,
    )
    controller.start()
    if controller.panicked:  # at the unlock screen, before the event loop ran
        return 0
    return app.exec()
