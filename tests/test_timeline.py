"""The timeline's rules (issue 16): dates drawn as precisely as they are
known, in time order, inside the drawing, and never on top of each other."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.reports.chartdata import TimelineItem
from hrdoc.reports.timeline import LANE_LABEL, WIDTH, lay_out, span


def test_a_date_spans_what_is_known_of_it():
    day = span("2016-08-10", "day")
    assert day is not None and day.point and day.first == day.last == dt.date(2016, 8, 10)
    month = span("2016-02", "month")
    assert month is not None and (month.first, month.last) == (
        dt.date(2016, 2, 1),
        dt.date(2016, 2, 29),
    )
    year = span("2017", "year")
    assert year is not None and (year.first, year.last) == (
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
    )
    rough = span("2017-03-20", "approximate")
    assert rough is not None and rough.approximate
    ranged = span("2016-08", "month", "2016-10-02")
    assert ranged is not None and ranged.last == dt.date(2016, 10, 2) and not ranged.point
    assert span(None, None) is None
    assert span("2016-02-30", "day") is None  # not a date: not drawn, not a crash


dates = st.builds(
    lambda y, m, d, form: (
        f"{y}-{m:02d}-{d:02d}" if form == "day" else f"{y}-{m:02d}" if form == "month" else f"{y}",
        form,
    ),
    st.integers(2000, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["day", "month", "year", "approximate"]),
)
items = st.lists(
    st.tuples(
        dates,
        st.text(min_size=1, max_size=40),
        st.lists(st.sampled_from(["Arrest", "Raid", "SMS lure"]), max_size=2, unique=True),
    ),
    min_size=1,
    max_size=40,
)


@pytest.mark.parametrize("rtl", [False, True])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(generated=items)
def test_every_incident_is_placed_in_time_order_without_overlap(qapp, rtl, generated):
    listed = [
        TimelineItem(f"id{n}", title, start, precision, None, lanes)
        for n, ((start, precision), title, lanes) in enumerate(generated)
    ]
    layout = lay_out(listed, no_lane="No type", rtl=rtl)
    expected = sum(max(len(item.lanes), 1) for item in listed)
    assert len(layout.placed) == expected  # once in each of its lanes
    plot_left, plot_right = (0, WIDTH - LANE_LABEL) if rtl else (LANE_LABEL, WIDTH)
    for placed in layout.placed:
        whole = placed.rect.united(placed.label) if placed.title else placed.rect
        assert plot_left - 0.01 <= whole.left() and whole.right() <= plot_right + 0.01, (
            "drawn outside the time axis (over the lane names or off the page)"
        )
    # later in time is further right (left in Arabic)
    ordered = sorted(layout.placed, key=lambda p: p.span.first)
    xs = [p.rect.center().x() if p.span.point else p.rect.left() for p in ordered]
    for (a, xa), (b, xb) in zip(
        zip(ordered, xs, strict=True), list(zip(ordered, xs, strict=True))[1:], strict=False
    ):
        if a.span.first < b.span.first and a.span.point and b.span.point:
            assert (xa < xb) if not rtl else (xa > xb)
    # within a row of a lane, no two incidents (bar and title) overlap
    rows: dict[tuple[int, float], list] = {}
    for placed in layout.placed:
        rows.setdefault((placed.lane, placed.rect.top()), []).append(placed)
    for row in rows.values():
        boxes = sorted(
            (p.rect.united(p.label) if p.title else p.rect for p in row), key=lambda r: r.left()
        )
        for left, right in itertools.pairwise(boxes):
            assert left.right() <= right.left() + 0.01, "two incidents drawn on top of each other"


def test_undated_incidents_are_counted_not_drawn(qapp):
    layout = lay_out(
        [TimelineItem("a", "dated", "2016-08", "month"), TimelineItem("b", "undated", None)],
        no_lane="No type",
    )
    assert [p.item.id for p in layout.placed] == ["a"] and layout.undated == 1
