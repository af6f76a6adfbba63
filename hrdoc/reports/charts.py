"""The charts of the statistics view and of reports: one code path.

:func:`hrdoc.reports.chartdata.chart_data` turns counts into labelled
numbers in a language, with no Qt; :func:`build_chart` draws them with Qt
Charts, whose text goes through Qt's text engine (Arabic shaped, mixed
directions ordered). The same chart is shown in the window, written as SVG
(inlined in the HTML report, "Save as SVG"), painted on the PDF's page
(vector) and grabbed as PNG.

Labels are untrusted (type names, country names, perpetrators' names): Qt
Charts reads its titles and labels as rich text, so each is escaped here,
once, and shows as the plain text it is.
"""

from __future__ import annotations

import html
import itertools
import math
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar
from xml.etree import ElementTree

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMargins,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from hrdoc.reports.chartdata import ChartData

SIZE = QSize(640, 360)
T = TypeVar("T")
#: colour-blind-safe (Okabe-Ito, then grey), in the order series get them
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#777777",
)

# --- drawing (Qt) ---------------------------------------------------------------


def _plain(text: str) -> str:
    """Qt Charts reads labels as rich text: escaped, a label is only text."""
    return html.escape(text, quote=False)


def build_chart(data: ChartData, direction: str = "ltr", font_points: int = 9) -> QChart:
    """A Qt chart of the data, right to left for an RTL language (categories
    and the value axis mirrored, as the report's tables are)."""
    from hrdoc.reports.pdf import application, report_font

    application()
    rtl = direction == "rtl"
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    chart.setTitle(_plain(data.title))
    chart.setTitleFont(report_font(font_points + 2))
    stacked = len(data.series) > 1
    series: QAbstractBarSeries
    if stacked:
        series = QHorizontalStackedBarSeries() if data.horizontal else QStackedBarSeries()
    else:  # one series: each bar carries its number
        series = QHorizontalBarSeries() if data.horizontal else QBarSeries()
        series.setLabelsVisible(True)
        # Qt places "end" by the rectangle, not the axis: reversed, that is the base
        position = QAbstractBarSeries.LabelsPosition
        flipped = rtl and data.horizontal
        series.setLabelsPosition(position.LabelsInsideBase if flipped else position.LabelsInsideEnd)
        series.setLabelsFormat("@value")
    categories = list(data.categories)
    order = list(range(len(categories)))
    if data.horizontal:
        order.reverse()  # the largest at the top
    elif rtl:
        order.reverse()  # time runs right to left
    for index, (name, values) in enumerate(data.series):
        bars = QBarSet(_plain(name))
        bars.append([float(values[i]) for i in order])
        colour = QColor(PALETTE[index % len(PALETTE)])
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.setLabelFont(report_font(font_points - 1))
        bars.setLabelColor(QColor("white"))
        series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append([_plain(categories[i]) for i in order])
    category_axis.setLabelsFont(report_font(font_points - 1))
    category_axis.setGridLineVisible(False)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d")
    value_axis.setLabelsFont(report_font(font_points - 1))
    top = max(data.totals(), default=0)
    step = _tick_step(top)
    value_axis.setRange(0, max(math.ceil(top / step) * step, 1))
    value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    value_axis.setTickInterval(step)
    value_axis.setTickAnchor(0)
    value_axis.setReverse(rtl and data.horizontal)  # bars grow from the right
    if data.horizontal:
        chart.addAxis(
            category_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(
            value_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        if len(categories) > 12:
            category_axis.setLabelsAngle(-90)
            category_axis.setTruncateLabels(False)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    legend = chart.legend()
    legend.setVisible(len(data.series) > 1)
    legend.setFont(report_font(font_points - 1))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _tick_step(top: int) -> int:
    """Whole-number ticks, about five of them (1, 2, 5, 10, 20, 50...)."""
    step, factors = 1, itertools.cycle((2, 2.5, 2))
    while top / step > 6:
        step = int(step * next(factors))
    return step


class _Drawing:
    """A chart placed in a scene of its own, ready to paint at a size."""

    def __init__(self, data: ChartData, direction: str, size: QSizeF) -> None:
        from hrdoc.reports.pdf import application

        application()  # a scene needs the application first
        self.scene = QGraphicsScene()
        self.chart = build_chart(data, direction)
        self.scene.addItem(self.chart)
        self.chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
        self.scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))

    def paint(self, painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.fillRect(target, QBrush(QColor("white")))
        self.scene.render(painter, target, self.scene.sceneRect())
        painter.restore()


def paint_chart(
    data: ChartData, direction: str, painter: QPainter, target: QRectF, size: QSize = SIZE
) -> None:
    """Draw the chart into ``target`` on any paint device (a PDF page: vector).

    Qt Charts draws only in the application's main thread (elsewhere its text
    comes out empty): from a worker (the window renders reports off its
    thread) the drawing is done by the main thread while the worker waits;
    the painter is the worker's, used by one thread at a time."""
    on_main_thread(lambda: _Drawing(data, direction, QSizeF(size)).paint(painter, target))


#: set while the main thread waits for the workers to end (the vault is
#: locking): a worker waiting for the main thread gives up instead
_main_thread_busy = threading.Event()


def main_thread_is_waiting(waiting: bool) -> None:
    """Called by the window around waiting for its workers (see worker.stop_all)."""
    if waiting:
        _main_thread_busy.set()
    else:
        _main_thread_busy.clear()


class _MainThreadCall(QObject):
    """Runs a function in the main thread (a queued call) for a worker."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.asked.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, box: dict[str, Any]) -> None:
        with box["lock"]:
            if box["state"] == "abandoned":  # the worker gave up: draw nothing
                return
            box["state"] = "running"
        try:
            box["result"] = box["call"]()
        except BaseException as exc:  # handed back to the waiting thread
            box["error"] = exc
        box["done"].set()


def on_main_thread(call: Callable[[], T]) -> T:
    """``call()`` run by the main thread while this thread waits. If the main
    thread is itself waiting for the workers (a lock), this gives up with
    Cancelled rather than have each wait for the other."""
    from hrdoc.core.progress import Cancelled
    from hrdoc.reports.pdf import application

    app = application()
    if QThread.currentThread() is app.thread():
        return call()
    caller = _MainThreadCall()
    caller.moveToThread(app.thread())
    box: dict[str, Any] = {
        "call": call,
        "lock": threading.Lock(),
        "state": "waiting",
        "done": threading.Event(),
    }
    caller.asked.emit(box)
    caller.deleteLater()  # after the call: events are handled in order
    while not box["done"].wait(0.05):
        if _main_thread_busy.is_set():
            with box["lock"]:
                if box["state"] == "waiting":
                    box["state"] = "abandoned"
                    raise Cancelled
    if "error" in box:
        raise box["error"]
    return box["result"]


def chart_svg(data: ChartData, direction: str = "ltr", size: QSize = SIZE) -> str:
    """The chart as an SVG element to inline in HTML (no script, no link)."""
    described = "; ".join(
        f"{category}: {total}"
        for category, total in zip(data.categories, data.totals(), strict=True)
    )
    return drawn_svg(
        size,
        layout_dpi(),  # the resolution the text was laid out at: sizes match its spacing
        data.title,
        described,
        lambda painter: paint_chart(
            data, direction, painter, QRectF(0, 0, size.width(), size.height()), size
        ),
    )


def drawn_svg(
    size: QSize, dpi: int, title: str, description: str, draw: Callable[[QPainter], None]
) -> str:
    """What ``draw`` paints on a ``size`` page, as an SVG element to inline
    in HTML (see :func:`inline_svg`). Qt escapes the title and description."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setResolution(dpi)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    if description:
        generator.setDescription(description)
    painter = QPainter(generator)
    try:
        draw(painter)
    finally:
        painter.end()
    return inline_svg(bytes(buffer.data().data()).decode("utf-8"), size)


def layout_dpi() -> int:
    """The dots per inch Qt lays text out at on screen (points to pixels)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInch()) if screen is not None else 96


def inline_svg(svg: str, size: QSize) -> str:
    """Qt's SVG, ready to inline in HTML: no XML declaration, scaled to the
    page, described as an image, and checked (see :func:`_checked`)."""
    svg = svg[svg.index("<svg") :]
    head_end = svg.index(">")
    head = re.sub(r'\s(width|height)="[^"]*"', "", svg[:head_end])  # it scales to the page
    # Qt gives each run of text its left edge: in a right-to-left page the SVG
    # would otherwise anchor it at its right edge (the words then overlap)
    head += (
        f' role="img" width="100%" direction="ltr" style="max-width:{size.width()}px;height:auto"'
    )
    return _checked(head + _RUN.sub(_isolate_rtl, svg[head_end:]))


_RUN = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")


def _isolate_rtl(match: re.Match[str]) -> str:
    """A right-to-left run (an Arabic word and its comma) kept whole and in
    its own direction inside the left-to-right drawing (Unicode RLI ... PDI)."""
    from hrdoc.reports.html import text_direction

    opening, text, closing = match.groups()
    if text_direction(html.unescape(text), "ltr") == "rtl":
        text = f"\u2067{text}\u2069"
    return opening + text + closing


#: what Qt's SVG writer makes of a chart: shapes, text and a gradient
_SVG_ELEMENTS = {"svg", "title", "desc", "defs", "linearGradient", "stop", "g", "path", "rect"}
_SVG_ELEMENTS |= {"text", "polyline", "polygon", "line", "circle", "ellipse"}


def _checked(svg: str) -> str:
    """The SVG the HTML report inlines, checked: well formed, only drawing
    elements, no script, no event handler, no link to anything. (Qt escapes
    the text it writes; this makes sure of it.)"""
    # the text starts at "<svg": no DOCTYPE, so no entity, can come before it
    root = ElementTree.fromstring(svg)  # noqa: S314
    for element in root.iter():
        tag = element.tag.rpartition("}")[2]
        names = [name.rpartition("}")[2].lower() for name in element.attrib]
        if (
            tag not in _SVG_ELEMENTS
            or any(name.startswith("on") or name == "href" for name in names)
            or any("url(" in value and "url(#" not in value for value in element.attrib.values())
        ):
            raise ValueError(f"unexpected SVG from the chart writer: {tag}")
    return svg


def chart_image(data: ChartData, direction: str = "ltr", size: QSize = SIZE) -> QImage:
    """The chart as an image (copy, Save as PNG), at twice the size for sharpness."""
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_chart(
            data, direction, painter, QRectF(0, 0, size.width() * 2, size.height() * 2), size
        )
    finally:
        painter.end()
    return image


__all__ = [
    "ChartData",
    "build_chart",
    "chart_image",
    "chart_svg",
    "paint_chart",
]
