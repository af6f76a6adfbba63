"""Help > User guide and Help > What hrdoc protects you from: the offline
guide shipped with the app (resources/guide/<lang>/, made from docs/guide by
packaging/make_guide.py), in the window's language.

The pages are hrdoc's own text, so they are shown as HTML; links between the
guide's pages are followed, and nothing else is: no link, image or style is
ever fetched from outside the guide (there is no network to use anyway)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.widgets import plain_label

PAGES = ("guide", "protection")
LANGUAGES = ("en", "ar", "es", "fr")


def page_html(page: str, lang: str) -> str:
    """A page of the guide in ``lang`` (English for a language it is not in)."""
    if page not in PAGES:
        raise ValueError(f"no guide page named {page!r}")
    folder = lang if lang in LANGUAGES else "en"
    return (
        resources.files("hrdoc.resources")
        .joinpath("guide", folder, f"{page}.html")
        .read_text(encoding="utf-8")
    )


class _GuideBrowser(QTextBrowser):
    """Fetches nothing: a page asks for no resource, and a request gets none."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


class GuideWindow(QDialog):
    def __init__(self, page: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("hrdoc user guide"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = _GuideBrowser()
        self.browser.setOpenLinks(False)  # we follow the guide's own links, nothing else
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("User guide"))
        layout.addWidget(self.browser)
        self.note = plain_label()
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        self.page = page
        self.browser.setHtml(page_html(page, self.lang))
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        self.note.hide()

    def follow(self, url: QUrl) -> None:
        name = url.path().rsplit("/", 1)[-1].removesuffix(".html")
        if url.isRelative() and name in PAGES:
            self.show_page(name)
            if url.fragment():
                self.browser.scrollToAnchor(url.fragment())
        else:
            self.note.setText(self.tr("Only the guide's own pages open here."))
            self.note.show()


def show_guide(parent: QWidget, guide: GuideWindow | None, page: str, lang: str) -> GuideWindow:
    """The guide in its own window beside the vault (it shows no record): the
    one already open, turned to ``page``, or a new one."""
    if guide is None:
        guide = GuideWindow(page, lang, parent)
    else:
        guide.show_page(page)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def add_help_menu(
    bar: QMenuBar, show_page: Callable[[str], None], show_about: Callable[[], None]
) -> None:
    """Help: the user guide (F1), what hrdoc protects you from, About."""

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = menu.addAction(QCoreApplication.translate("MainWindow", "&User guide"))
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: show_page("guide"))
    protects = menu.addAction(
        QCoreApplication.translate("MainWindow", "&What hrdoc protects you from")
    )
    protects.triggered.connect(lambda: show_page("protection"))
    about = menu.addAction(QCoreApplication.translate("MainWindow", "&About hrdoc"))
    about.triggered.connect(show_about)
