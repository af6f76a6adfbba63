"""The timeline and statistics views (issue 16), driven as a person would:
menus, the filter bar, clicks and keys."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt

from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE

#: (title, start, precision, types, country)
INCIDENTS = [
    ("SMS lure", "2016-08-10", "day", ["malicious_link_sms"], "AE"),
    ("Second lure", "2016-08", "month", ["malicious_link_sms"], "AE"),
    ("Forensic finding", "2016-09-02", "day", ["spyware_infection"], "AE"),
    ("Raid", "2017", "year", ["raid"], "AE"),
    ("Arrest", "2017-03-20", "approximate", ["arrest"], "AE"),
    ("Threat by phone", "2016-11-05", "day", ["threat"], "EG"),
    ("Undated threat", None, None, ["threat"], "EG"),
]


@pytest.fixture
def views_window(qtbot, vault_dir, request):
    lang = getattr(request, "param", "en")
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    store = Store(vault)
    case = store.add(Case(title="Mansoor-like case"))
    for title, start, precision, types, country in INCIDENTS:
        store.add(
            Incident(
                case_id=case.id,
                title=title,
                start_date=start,
                start_precision=precision,
                types=types,
                country=country,
            )
        )
    win = MainWindow(idle_minutes=5, lang=lang)
    qtbot.addWidget(win)
    win.show()
    win.open_vault(vault)
    yield win
    win.lock()


def action(window, text: str):
    for menu_action in window.menuBar().actions():
        for item in menu_action.menu().actions():
            if item.text().replace("&", "") == text:
                return item
    raise AssertionError(f"no menu item {text!r}")


def test_statistics_follow_the_filter(views_window, qtbot):
    window = views_window
    action(window, "Statistics").trigger()
    stats = window.views.statistics
    assert stats.isVisible()
    assert stats.tabs.count() == 3  # month, country, verification (no perpetrator named)
    assert "7" in stats.summary.text()
    country = stats.panel(1)
    assert country is not None
    numbers = {
        country.numbers.item(r, 0).text(): country.numbers.item(r, 1).text()
        for r in range(country.numbers.rowCount())
    }
    assert numbers == {"United Arab Emirates": "5", "Egypt": "2"}

    window.filters.country.setText("EG")  # the list's filter: the charts follow
    qtbot.waitUntil(lambda: "2" in stats.summary.text())
    country = stats.panel(1)
    assert country is not None and country.numbers.rowCount() == 1

    stats.scope.setCurrentIndex(1)  # the whole vault, whatever the filter
    qtbot.waitUntil(lambda: "7" in stats.summary.text())

    stats.scope.setCurrentIndex(0)
    window.filters.country.setText("TN")  # nothing matches: say what to do
    qtbot.waitUntil(lambda: stats.empty.isVisible())
    assert "New incident" in stats.empty.text()
    assert not stats.tabs.isVisible()


def test_a_chart_saves_as_svg_and_png(views_window, tmp_path):
    window = views_window
    window.views.show_statistics()
    panel = window.views.statistics.panel(0)
    assert panel is not None
    for suffix, save in (("svg", panel.save_svg), ("png", panel.save_png)):
        dest = tmp_path / f"chart.{suffix}"
        panel.get_save_file_name = lambda *a, dest=dest, **k: (str(dest), "")
        save()
        data = dest.read_bytes()
        if suffix == "svg":
            root = ElementTree.fromstring(data)  # noqa: S314 (hrdoc's own output)
            assert root.tag.endswith("svg")
            assert "Incidents per month" in "".join(root.itertext())
        else:
            assert data.startswith(b"\x89PNG")


def test_timeline_shows_dated_incidents_and_follows_the_filter(views_window, qtbot):
    window = views_window
    action(window, "Timeline").trigger()
    timeline = window.views.timeline
    layout = timeline.canvas.layout_
    assert layout is not None
    titles = sorted(p.item.title for p in layout.placed)
    assert titles == sorted(t for t, start, *_ in INCIDENTS if start)
    assert layout.undated == 1 and "1" in timeline.note.text()
    by_title = {p.item.title: p for p in layout.placed}
    assert by_title["SMS lure"].span.point  # a day: a mark
    assert not by_title["Second lure"].span.point  # a month: a bar across it
    assert by_title["Raid"].rect.width() > by_title["Second lure"].rect.width() * 6  # a year
    assert by_title["Arrest"].span.approximate

    window.filters.country.setText("EG")
    qtbot.waitUntil(
        lambda: (
            timeline.canvas.layout_ is not None
            and [p.item.title for p in timeline.canvas.layout_.placed] == ["Threat by phone"]
        )
    )


def test_clicking_an_incident_opens_it(views_window, qtbot):
    window = views_window
    window.views.show_timeline()
    canvas = window.views.timeline.canvas
    placed = next(p for p in canvas.layout_.placed if p.item.title == "Forensic finding")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=placed.rect.center().toPoint())
    qtbot.waitUntil(lambda: window.editor.incident is not None)
    assert window.editor.incident.title == "Forensic finding"


def test_an_incident_hidden_by_the_filter_still_opens(views_window, qtbot):
    window = views_window
    window.views.show_timeline()
    timeline = window.views.timeline
    timeline.scope.setCurrentIndex(1)  # the whole vault
    window.filters.country.setText("EG")
    qtbot.waitUntil(lambda: len(timeline.canvas.layout_.placed) == 6)
    placed = next(p for p in timeline.canvas.layout_.placed if p.item.title == "SMS lure")
    timeline.canvas.opened.emit(placed.item.id)
    qtbot.waitUntil(lambda: window.editor.incident is not None)
    assert window.editor.incident.title == "SMS lure"


def test_keyboard_moves_through_time_and_opens(views_window, qtbot):
    window = views_window
    window.views.show_timeline()
    canvas = window.views.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    first = canvas.current
    in_time = [p.item.id for p in canvas.layout_.in_time_order()]
    assert first == in_time[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current == in_time[1]
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.current == in_time[-1]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.current == in_time[-2]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # another row, the nearest incident in time
    assert canvas.current != in_time[-2]
    chosen = canvas.current
    assert window.views.timeline.detail.text()  # said in words, for screen readers too
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.incident is not None)
    assert window.editor.incident.id == chosen


@pytest.mark.parametrize("views_window", ["ar"], indirect=True)
def test_in_arabic_time_runs_right_to_left(views_window, qtbot):
    window = views_window
    window.views.show_timeline()
    canvas = window.views.timeline.canvas
    layout = canvas.layout_
    by_title = {p.item.title: p for p in layout.placed}
    assert by_title["SMS lure"].rect.left() > by_title["Threat by phone"].rect.left()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    first = canvas.current
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # later is to the left
    in_time = [p.item.id for p in layout.in_time_order()]
    assert (first, canvas.current) == (in_time[0], in_time[1])


def test_locking_empties_and_closes_the_views(views_window, qtbot):
    window = views_window
    window.views.show_timeline()
    window.views.show_statistics()
    window.lock()
    assert not window.views.timeline.isVisible()
    assert not window.views.statistics.isVisible()
    assert window.views.timeline.canvas.layout_ is None
    assert window.views.statistics.tabs.count() == 0


def test_an_empty_list_says_what_to_do_next(qtbot, vault_dir):
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    window = MainWindow(idle_minutes=5)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    assert window.no_match.isVisible()
    assert "New incident (Ctrl+N)" in window.no_match.text()
    store = Store(vault)
    case = store.add(Case(title="c"))
    store.add(Incident(case_id=case.id, title="one", country="AE"))
    window.refresh_incidents()
    assert not window.no_match.isVisible()
    window.filters.country.setText("EG")
    assert window.no_match.isVisible() and "Clear the search" in window.no_match.text()
    window.lock()


def test_a_report_made_in_the_window_has_its_charts(views_window, qtbot, tmp_path):
    """The window renders reports off its thread; Qt Charts draws only in the
    main one (elsewhere its text comes out empty), so the charts are drawn
    there while the worker waits: the PDF holds their titles as text."""
    from hrdoc.gui.exchange_dialogs import ReportDialog
    from tests.test_reports import logical, pdf_text

    dialog = ReportDialog(views_window.store, views_window)
    qtbot.addWidget(dialog)
    dialog.choose_profile("full")
    dialog.format.setCurrentText("pdf")
    out = tmp_path / "r.pdf"
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    assert "Saved" in dialog.status.text(), dialog.status.text()
    # and a report made after it in the main thread (the command line's way)
    # is whole too: charts drawn in a worker had left Qt Charts' text broken
    from hrdoc.reports.export import export_report

    again = tmp_path / "again.pdf"
    export_report(views_window.store, profile="full", fmt="pdf", dest=again)
    for made in (out, again):
        text = logical(pdf_text(made))  # folds the "fi" ligature back
        for title in ("Incidents per country", "Incidents per verification level"):
            assert title in text, made.name


def test_a_chart_waiting_for_the_main_thread_gives_way_to_a_lock(qapp):
    """Locking waits for the workers; a worker waiting for the main thread to
    draw a chart must give up then (Cancelled), not freeze the lock, and the
    drawing it asked for never runs."""
    import threading

    from hrdoc.core.progress import Cancelled
    from hrdoc.reports.charts import main_thread_is_waiting, on_main_thread

    ran: list[int] = []
    outcome: dict[str, str] = {}

    def worker() -> None:
        try:
            on_main_thread(lambda: ran.append(1))
            outcome["worker"] = "drew"
        except Cancelled:
            outcome["worker"] = "gave up"

    main_thread_is_waiting(True)  # the main thread is in stop_all, not handling events
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(5)
    main_thread_is_waiting(False)
    qapp.processEvents()  # the queued call arrives late: it must not draw
    assert outcome == {"worker": "gave up"} and ran == []

    thread = threading.Thread(target=worker)  # and when the main thread is free, it draws
    thread.start()
    while thread.is_alive():
        qapp.processEvents()
        thread.join(0.01)
    assert outcome == {"worker": "drew"} and ran == [1]
