"""The PDF report, laid out by Qt's text engine (QtGui only, offscreen).

The HTML comes from the same template and model as the HTML report, made
from redacted data only, so nothing withheld is drawn, hidden or covered.
Qt shapes Arabic and other scripts and orders mixed-direction lines. The
fonts are hrdoc's own (resources/fonts: Noto Sans and Noto Sans Arabic), so
a report looks the same on every computer and needs no installed font; an
installed one is used only for a script those two lack.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextOption,
    QTextTable,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.progress import Progress
from hrdoc.reports import html
from hrdoc.reports.model import ReportModel

#: the report's fonts, shipped in resources/fonts, in the order Qt tries them
FAMILIES = ("Noto Sans", "Noto Sans Arabic")
RESOLUTION = 300


class FontMissing(HrdocError):
    pass


def _font_folder() -> str | None:
    """Where the offscreen platform must look for fonts on Windows, where it
    reads only Qt's own (empty) folder otherwise: hrdoc's own fonts."""
    if sys.platform != "win32":
        return None
    return str(resources.files("hrdoc.resources").joinpath("fonts"))


def application() -> QGuiApplication:
    """The application Qt needs to lay out text and draw charts (QtWidgets:
    charts are graphics widgets), offscreen when none is running."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        folder = _font_folder()
        if folder and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            os.environ.setdefault("QT_QPA_FONTDIR", folder)
        from PySide6.QtWidgets import QApplication

        app = QApplication(["hrdoc"])
    assert isinstance(app, QGuiApplication)
    return app


_loaded: set[str] = set()


def report_families() -> list[str]:
    """hrdoc's report fonts, loaded into Qt (once): every family in FAMILIES."""
    if not _loaded:
        folder = resources.files("hrdoc.resources").joinpath("fonts")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".ttf"):
                font_id = QFontDatabase.addApplicationFontFromData(QByteArray(entry.read_bytes()))
                _loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    missing = [family for family in FAMILIES if family not in _loaded]
    if missing:
        raise FontMissing(
            f"hrdoc's report fonts are missing from this installation ({', '.join(missing)});"
            " reinstall hrdoc"
        )
    return list(FAMILIES)


def report_font(points: int) -> QFont:
    font = QFont()
    font.setFamilies(report_families())
    font.setPointSize(points)
    return font


def _mirror_tables(frame: QTextFrame) -> None:
    """Right-to-left tables (first column on the right). Qt's HTML reader
    marks a table dir="rtl" but its layout still puts the first column on
    the left, so each row's cells are written back in the opposite order."""
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            _mirror_table(child)
        _mirror_tables(child)


def _cell_cursor(table: QTextTable, row: int, column: int) -> QTextCursor:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _mirror_table(table: QTextTable) -> None:
    rows, columns = table.rows(), table.columns()
    for row in range(rows):
        contents = [
            (_cell_cursor(table, row, column).selection(), table.cellAt(row, column).format())
            for column in range(columns)
        ]
        for column, (fragment, cell_format) in enumerate(reversed(contents)):
            cursor = _cell_cursor(table, row, column)
            cursor.removeSelectedText()
            cursor.insertFragment(fragment)
            table.cellAt(row, column).setFormat(cell_format)
    table_format = table.format()
    table_format.setColumnWidthConstraints(list(reversed(table_format.columnWidthConstraints())))
    table.setFormat(table_format)


class _Figures:
    """The report's charts and timelines, painted on the PDF page (vector)
    where the HTML put an ``<img src="chart:N">`` or ``"timeline:N"``: the
    same drawing code as the window and the HTML. The image is a transparent
    pixel, sized to the figure, that keeps the room in the text's layout; the
    figure is drawn over it, page by page."""

    def __init__(self, model: ReportModel, width: float, dpi: int) -> None:
        from hrdoc.reports import charts, timeline

        self.model = model
        self.width = width
        #: the text layout reads an image's size in CSS pixels (1/96 inch)
        self.css_px = 96 / dpi
        #: name -> (height for the width, how to paint it into a rectangle)
        self.figures: dict[str, tuple[float, Callable[[QPainter, QRectF], None]]] = {}
        for index, chart in enumerate(model.charts):

            def paint_chart(painter: QPainter, rect: QRectF, chart: object = chart) -> None:
                charts.paint_chart(chart, model.direction, painter, rect)  # type: ignore[arg-type]

            ratio = charts.SIZE.height() / charts.SIZE.width()
            self.figures[f"chart:{index}"] = (width * ratio, paint_chart)
        for index, (_title, layout) in enumerate(html.timeline_layouts(model)):

            def paint_timeline(painter: QPainter, rect: QRectF, layout: object = layout) -> None:
                timeline.paint_into(layout, painter, rect)  # type: ignore[arg-type]

            height = min(width * layout.height / layout.width, width * 1.3)  # one page at most
            self.figures[f"timeline:{index}"] = (height, paint_timeline)
        self.places: list[tuple[int, str]] = []  # (document position, figure name)
        self.rects: list[tuple[QRectF, str]] = []

    def add_resources(self, document: QTextDocument) -> None:
        pixel = QImage(1, 1, QImage.Format.Format_ARGB32)
        pixel.fill(Qt.GlobalColor.transparent)
        for name in self.figures:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), pixel)

    def size_places(self, document: QTextDocument) -> None:
        """Give each placeholder its figure's size (in the page's pixels)."""
        cursor = document.find("\ufffc", 0)
        while not cursor.isNull():
            image = cursor.charFormat().toImageFormat()
            if image.isValid() and image.name() in self.figures:
                height = self.figures[image.name()][0]
                image.setWidth(self.width * self.css_px)
                image.setHeight(height * self.css_px)
                cursor.setCharFormat(image)
                self.places.append((cursor.selectionStart(), image.name()))
            cursor = document.find("\ufffc", cursor.position())

    def locate(self, document: QTextDocument) -> None:
        """Where each placeholder landed, once the document is laid out in pages."""
        layout = document.documentLayout()
        for position, name in self.places:
            height = self.figures[name][0]
            block = document.findBlock(position)
            offset = position - block.position()
            line = block.layout().lineForTextPosition(offset)
            edges = [line.cursorToX(offset), line.cursorToX(offset + 1)]
            left = min(float(edge[0]) for edge in edges)  # type: ignore[index]
            top = line.y() + line.ascent() - height  # on the baseline
            origin = layout.blockBoundingRect(block).topLeft()
            rect = QRectF(origin.x() + left, origin.y() + top, self.width, height)
            self.rects.append((rect, name))

    def paint(self, painter: QPainter, page: QRectF) -> None:
        for rect, name in self.rects:
            if page.intersects(rect):
                self.figures[name][1](painter, rect)


def render(model: ReportModel, progress: Progress | None = None) -> bytes:
    """The PDF's bytes. Page numbers in the footer; metadata holds nothing identifying."""
    application()
    markup = html.render(model, for_qt=True)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(model.s["report_title"])
    writer.setCreator("hrdoc")
    writer.setAuthor("")

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(report_font(10))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft
        if model.direction == "rtl"
        else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    for incident in model.incidents:
        for evidence in incident.evidence:
            if evidence.image_png:
                image = QImage.fromData(QByteArray(evidence.image_png))
                document.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    QUrl(f"evidence:{evidence.id}"),
                    image,
                )
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    charts = _Figures(model, width=page.width() * 0.9, dpi=writer.logicalDpiX())
    charts.add_resources(document)
    document.setHtml(markup)
    editing = QTextCursor(document)
    editing.beginEditBlock()  # one layout after all the edits, not one per edit
    if model.direction == "rtl":
        _mirror_tables(document.rootFrame())
    charts.size_places(document)
    editing.endEditBlock()
    footer_height = RESOLUTION * 0.35  # about 9 mm
    body = QSizeF(page.width(), page.height() - footer_height)
    document.setPageSize(body)
    pages = document.pageCount()
    charts.locate(document)

    painter = QPainter(writer)
    footer_font = report_font(8)
    try:
        for number in range(pages):
            if progress:
                progress(number, pages)  # may raise Cancelled to stop
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            shown = QRectF(0, number * body.height(), body.width(), body.height())
            document.drawContents(painter, shown)
            charts.paint(painter, shown)
            painter.restore()
            painter.setFont(footer_font)
            label = f"{model.s['page']} {number + 1} {model.s['of']} {pages}"
            painter.drawText(
                QRectF(0, body.height(), body.width(), footer_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                label,
            )
    finally:
        painter.end()
    buffer.close()
    pdf = bytes(buffer.data().data())
    check_fonts_embedded(pdf)
    return scrub_dates(pdf)


#: a font program inside the PDF: TrueType, CFF/OpenType, or Type 1
_EMBEDDED_FONT = re.compile(rb"/FontFile[23]?\b")


def check_fonts_embedded(pdf: bytes) -> None:
    """Never a PDF without its fonts: a reader would substitute or show
    boxes, and Arabic would not be shaped."""
    if not _EMBEDDED_FONT.search(pdf):
        raise FontMissing(
            "the report could not embed a font (no usable font was found); nothing was"
            " written: install a font such as Noto Sans and export again"
        )


_INFO_DATE = re.compile(rb"D:(\d{14})(Z|[+-]\d\d'\d\d')")
_XMP_DATE = re.compile(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)")


def _utc_day(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC).replace(hour=0, minute=0, second=0)


def scrub_dates(pdf: bytes) -> bytes:
    """Qt writes the creation time in local time with its UTC offset, which
    tells where the author is. Keep only the UTC day, at the same byte length
    (so the cross-reference offsets stay right)."""

    def info(match: re.Match[bytes]) -> bytes:
        stamp, zone = match.group(1).decode(), match.group(2).decode()
        offset = "+00:00" if zone == "Z" else zone.replace("'", ":")[:6]
        local = dt.datetime.strptime(stamp + offset, "%Y%m%d%H%M%S%z")
        day = _utc_day(local).strftime("%Y%m%d%H%M%S")
        tail = "Z" if zone == "Z" else "+00'00'"
        return f"D:{day}{tail}".encode()

    def xmp(match: re.Match[bytes]) -> bytes:
        stamp, zone = match.group(1).decode(), match.group(2).decode()
        local = dt.datetime.fromisoformat(stamp + ("+00:00" if zone == "Z" else zone))
        day = _utc_day(local).strftime("%Y-%m-%dT%H:%M:%S")
        return (day + ("Z" if zone == "Z" else "+00:00")).encode()

    return _XMP_DATE.sub(xmp, _INFO_DATE.sub(info, pdf))
