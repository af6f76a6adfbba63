"""A timeline of incidents, drawn by one painter for the window's timeline
view, the HTML report (SVG) and the PDF report (vector).

Dates are drawn as precisely as they are known: a day is a mark, a month or
a year is a bar across it (the incident happened somewhere in it), a date
range is a bar from start to end, and an approximate date has a dashed
outline. Incidents sit in lanes (by type, by person, by perpetrator, or one
lane); within a lane they take as many rows as they need not to overlap,
title included. In a right-to-left language time runs from right to left.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from hrdoc.reports.chartdata import TimelineItem

#: the drawing's own units: a report page's width, points of type
WIDTH = 640.0
LANE_LABEL = 120.0
AXIS = 24.0
ROW = 18.0
LANE_GAP = 8.0
DAY_MARK = 5.0
TEXT_GAP = 4.0
MAX_TITLE = 160.0
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#777777")


@dataclass
class Span:
    first: dt.date
    last: dt.date
    approximate: bool
    #: known to the day (a mark, not a bar)
    point: bool


def _bounds(value: str, *, end: bool) -> dt.date:
    value = value.lstrip("~")[:10]
    year = int(value[:4])
    if len(value) >= 10:
        return dt.date(year, int(value[5:7]), int(value[8:10]))
    if len(value) >= 7:
        month = int(value[5:7])
        day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def span(start: str | None, precision: str | None, end: str | None = None) -> Span | None:
    """The days an incident may have happened on (None: undated)."""
    if not start:
        return None
    try:
        first = _bounds(start, end=False)
        last = _bounds(end, end=True) if end else _bounds(start, end=True)
    except ValueError:
        return None
    last = max(first, last)
    approximate = precision == "approximate" or start.startswith("~")
    return Span(first, last, approximate, point=(first == last))


@dataclass
class Placed:
    item: TimelineItem
    span: Span
    lane: int
    #: in the drawing's units, the bar or mark (and beside it, the title)
    rect: QRectF
    label: QRectF
    #: the title as drawn (shortened to its room)
    title: str = ""


@dataclass
class TimelineLayout:
    lanes: list[str]
    placed: list[Placed]
    first: dt.date
    last: dt.date
    width: float
    height: float
    rtl: bool
    undated: int
    lane_tops: list[float] = field(default_factory=list)
    #: one see-through strip per lane (a large case), not a row per incident
    strips: bool = False

    def x(self, day: dt.date) -> float:
        plot = self.width - LANE_LABEL - 8
        days = max((self.last - self.first).days, 1)
        share = (day - self.first).days / days
        if self.rtl:
            return self.width - LANE_LABEL - 4 - share * plot
        return LANE_LABEL + 4 + share * plot

    def at(self, point: QPointF) -> Placed | None:
        for placed in self.placed:
            if placed.rect.adjusted(-3, -3, 3, 3).contains(point) or placed.label.contains(point):
                return placed
        return None

    def in_time_order(self) -> list[Placed]:
        return sorted(self.placed, key=lambda p: (p.span.first, p.lane, p.rect.top()))


def label_font(pixels: int = 11) -> QFont:
    """In the drawing's own units (not points), so it scales with the drawing
    on any device: the window, an SVG, a 300 dpi PDF page."""
    from hrdoc.reports.pdf import report_font

    font = report_font(8)
    font.setPixelSize(pixels)
    return font


def lay_out(
    items: list[TimelineItem],
    *,
    no_lane: str,
    rtl: bool = False,
    width: float = WIDTH,
    lane_order: list[str] | None = None,
    titles: bool = True,
) -> TimelineLayout:
    """Place every dated incident; undated ones are counted, not drawn.
    Without ``titles`` each lane is one strip of marks and bars, drawn see-
    through so that where they pile up the strip darkens: the shape of a
    large case on one page (its incidents are listed elsewhere)."""
    dated = [(item, s) for item in items if (s := span(item.start, item.precision, item.end))]
    undated = len(items) - len(dated)
    if not dated:
        today = dt.date.today()
        return TimelineLayout([], [], today, today, width, AXIS, rtl, undated)
    first = min(s.first for _, s in dated)
    last = max(s.last for _, s in dated)
    first = dt.date(first.year, first.month, 1)  # whole months on the axis
    last = dt.date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    names = sorted({lane for item, _ in dated for lane in (item.lanes or [no_lane])})
    if lane_order:
        rank = {name: n for n, name in enumerate(lane_order)}
        names.sort(key=lambda name: (rank.get(name, len(rank)), name))
    layout = TimelineLayout(names, [], first, last, width, 0, rtl, undated, strips=not titles)
    metrics = QFontMetricsF(label_font())
    plot_left, plot_right = (0.0, width - LANE_LABEL) if rtl else (LANE_LABEL, width)
    top = AXIS
    for lane_index, lane in enumerate(names):
        layout.lane_tops.append(top)
        rows: list[list[tuple[float, float]]] = []  # per row, the spans it holds
        members = [(i, s) for i, s in dated if lane in (i.lanes or [no_lane])]
        members.sort(key=lambda pair: (pair[1].first, pair[1].last, pair[0].title))
        for item, item_span in members:
            a, b = layout.x(item_span.first), layout.x(item_span.last)
            left, right = min(a, b), max(a, b)
            if item_span.point:
                left, right = left - DAY_MARK / 2, left + DAY_MARK / 2
            right = max(right, left + DAY_MARK)
            # the title goes after the bar in time's direction, or before it
            # when there is more room there; it is shortened to the room it has
            room_after = (plot_right - right) if not rtl else (left - plot_left)
            room_before = (left - plot_left) if not rtl else (plot_right - right)
            wanted = metrics.horizontalAdvance(item.title) + TEXT_GAP if titles else 0.0
            after = wanted <= room_after or room_after >= room_before
            room = max(min(room_after if after else room_before, MAX_TITLE) - TEXT_GAP, 0.0)
            title = (
                metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, room) if titles else ""
            )
            if metrics.horizontalAdvance(title) > room:  # Qt keeps a character it cannot cut
                title = ""
            text_width = metrics.horizontalAdvance(title) if title else 0.0
            on_right = after != rtl
            if not text_width:
                label_left = left
            elif on_right:
                label_left = right + TEXT_GAP
            else:
                label_left = left - TEXT_GAP - text_width
            low, high = min(left, label_left), max(right, label_left + text_width)
            # the first row where it overlaps nothing (items come in time order,
            # so the last few spans of a row are the ones it could touch)
            row = next(
                (
                    r
                    for r, spans in enumerate(rows)
                    if not titles or all(end < low or start > high for start, end in spans[-3:])
                ),
                None,
            )
            if row is None:
                row = len(rows)
                rows.append([])
            rows[row].append((low, high))
            y = top + row * ROW
            rect = QRectF(left, y + 4, right - left, ROW - 8)
            label = QRectF(label_left, y, text_width, ROW)
            layout.placed.append(Placed(item, item_span, lane_index, rect, label, title))
        top += max(len(rows), 1) * ROW + LANE_GAP
    layout.height = top
    return layout


def paint(
    layout: TimelineLayout,
    painter: QPainter,
    *,
    selected: str | None = None,
    colours: dict[str, QColor] | None = None,
) -> None:
    """Draw the timeline in its own units (scale the painter to place it)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = label_font()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    ink, grid = QColor("#1b1b1b"), QColor("#d0d0d0")
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor("white"))
    # axis: a tick per year, or per month when the span is short
    months = (layout.last.year - layout.first.year) * 12 + layout.last.month - layout.first.month
    per_month = abs(layout.x(layout.last) - layout.x(layout.first)) / max(months + 1, 1)
    room = metrics.horizontalAdvance("0000-00") * 1.3  # a label and a gap, in any font
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if s * per_month >= room), 240)
    day = layout.first
    while day <= layout.last:
        if ((day.year * 12 + day.month - 1) % step) == 0:
            x = layout.x(day)
            painter.setPen(QPen(grid, 0.5))
            painter.drawLine(QPointF(x, AXIS - 4), QPointF(x, layout.height))
            painter.setPen(ink)
            text = f"{day.year}" if step % 12 == 0 else f"{day.year}-{day.month:02d}"
            box = (
                QRectF(x + 2, 0, 80, AXIS - 6)
                if not layout.rtl
                else QRectF(x - 82, 0, 80, AXIS - 6)
            )
            align = Qt.AlignmentFlag.AlignLeft if not layout.rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignBottom), text)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    # lanes
    for name, top in zip(layout.lanes, layout.lane_tops, strict=True):
        painter.setPen(QPen(grid, 0.5))
        painter.drawLine(QPointF(0, top - LANE_GAP / 2), QPointF(layout.width, top - LANE_GAP / 2))
        painter.setPen(ink)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LANE_LABEL - 8)
        box = (
            QRectF(layout.width - LANE_LABEL + 4, top, LANE_LABEL - 8, ROW)
            if layout.rtl
            else QRectF(4, top, LANE_LABEL - 8, ROW)
        )
        align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)
    for placed in layout.placed:
        colour = (colours or {}).get(layout.lanes[placed.lane]) or QColor(
            PALETTE[placed.lane % len(PALETTE)]
        )
        chosen = placed.item.id == selected
        fill = QColor(colour)
        if placed.span.approximate:
            fill.setAlpha(90)
        if layout.strips:
            fill.setAlpha(40)
            colour.setAlpha(60)
        pen = QPen(ink if chosen else colour.darker(130), 2.0 if chosen else 1.0)
        if placed.span.approximate:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        if placed.span.point:
            centre = placed.rect.center()
            painter.drawEllipse(centre, DAY_MARK / 2 + 1, DAY_MARK / 2 + 1)
        else:
            painter.drawRect(placed.rect)
        painter.setPen(ink)
        title = placed.title
        beside_right = placed.label.left() >= placed.rect.right()
        align = Qt.AlignmentFlag.AlignLeft if beside_right else Qt.AlignmentFlag.AlignRight
        if chosen:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
        if placed.label.width():
            painter.drawText(placed.label, int(align | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(font)
    painter.restore()


def paint_into(layout: TimelineLayout, painter: QPainter, target: QRectF) -> None:
    """Draw the timeline scaled to fit ``target`` (a PDF page: vector)."""
    painter.save()
    scale = min(target.width() / layout.width, target.height() / max(layout.height, 1))
    painter.translate(target.center().x() - layout.width * scale / 2, target.top())
    painter.scale(scale, scale)
    paint(layout, painter)
    painter.restore()


def timeline_svg(layout: TimelineLayout, title: str) -> str:
    """The timeline as an SVG element to inline in HTML (checked like the charts)."""
    from PySide6.QtCore import QSize

    from hrdoc.reports.charts import drawn_svg

    size = QSize(int(layout.width), int(layout.height) + 1)
    # the drawing's fonts are sized in its own units (pixels): at 72 dpi the
    # SVG writes those sizes unchanged, matching the spacing they were laid out with
    return drawn_svg(size, 72, title, "", lambda painter: paint(layout, painter))
