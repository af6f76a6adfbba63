"""Help > User guide: the offline guide in the window's language, whose menu
paths are the window's own menus in that language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from hrdoc.gui.app import install_translation
from hrdoc.gui.guide import GuideWindow
from hrdoc.gui.main_window import MainWindow
from tests.test_guide import LANGUAGES, bold_menu_paths, markdown_of


def menus_of(win: MainWindow) -> dict[str, set[str]]:
    """Each menu's title and its actions' texts, as a person reads them."""
    out = {}
    for action in win.menuBar().actions():
        menu = action.menu()
        items = {a.text().replace("&", "") for a in menu.actions() if a.text()}
        out[action.text().replace("&", "")] = items
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_menu_path_in_the_guide_is_a_menu_of_the_window(qtbot, lang):
    app = QApplication.instance()
    translators = install_translation(app, lang)
    try:
        win = MainWindow(lang=lang)
        qtbot.addWidget(win)
        menus = menus_of(win)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    text = markdown_of(lang, "guide") + markdown_of(lang, "protection")
    wrong = [
        " > ".join(path)
        for path in bold_menu_paths(text)
        if len(path) != 2 or path[1] not in menus.get(path[0], set())
    ]
    assert wrong == [], f"not a menu item in the {lang} window: {wrong}"


def test_help_opens_the_guide_and_its_pages_link_to_each_other(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    guide_action = next(a for a in help_menu.actions() if a.text() == "&User guide")
    assert guide_action.shortcut().toString()  # F1 where the platform has it
    guide_action.trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert "First steps" in guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl("protection.html"))
    assert guide.page == "protection"
    assert "Spyware on the computer itself" in guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl("https://tracker.example/p"))
    assert guide.page == "protection" and guide.note.isVisible()
    protects = next(a for a in help_menu.actions() if "protects" in a.text())
    guide.browser.anchorClicked.emit(QUrl("guide.html"))
    protects.trigger()  # the same window comes back with that page
    assert window.guide is guide and guide.page == "protection"


def test_the_arabic_guide_reads_right_to_left(qtbot):
    guide = GuideWindow("guide", "ar")
    qtbot.addWidget(guide)
    document = guide.browser.document()
    block = document.findBlock(0)
    assert "دليل استخدام hrdoc" in guide.browser.toPlainText()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_language_without_a_guide_gets_the_english_one(qtbot):
    guide = GuideWindow("guide", "tr")
    qtbot.addWidget(guide)
    assert "First steps" in guide.browser.toPlainText()


def test_the_help_menu_is_in_the_windows_language(qtbot):
    app = QApplication.instance()
    translators = install_translation(app, "ar")
    try:
        win = MainWindow(lang="ar")
        qtbot.addWidget(win)
        menus = menus_of(win)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert menus["المساعدة"] >= {"دليل الاستخدام", "ممّا يحميك hrdoc", "حول hrdoc"}
    assert "استيراد جدول بيانات…" in menus["التبادل"]
