"""Charts (issue 16): what they show, that their SVG is only a drawing, and
that reports carry them: inline SVG in HTML, drawn (not blank) in the PDF,
in English and Arabic, with Arabic labels in logical order."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from hrdoc.core.records import Actor, Case, Incident, Involvement
from hrdoc.core.statistics import Statistics
from hrdoc.core.vocab import load as load_vocab
from hrdoc.reports.chartdata import MAX_MONTHS, ChartData, chart_data
from hrdoc.reports.model import country_name, strings
from tests.test_reports import PUBLIC, export, logical, need, pdf_text

VOCAB = load_vocab()


def counts() -> Statistics:
    """Worked out by hand: 2016-08 has two SMS lures and a spyware infection
    (one incident of both types counted under each), 2016-10 nothing, 2016-11
    one arrest; one more is known only to the year, one is undated."""
    return Statistics(
        total=6,
        by_month={
            "2016-08": Counter({"malicious_link_sms": 2, "spyware_infection": 2}),
            "2016-11": Counter({"arrest": 1}),
        },
        month_totals=Counter({"2016-08": 3, "2016-11": 1}),
        year_only={"2017": Counter({"arrest": 1})},
        approximate=1,
        undated=1,
        by_country=Counter({"AE": 4, "": 1, "ZZ": 1}),
        by_verification=Counter({"alleged": 3, "forensic_indication": 3}),
        by_perpetrator=Counter({"a1": 3}),
        perpetrator_names={"a1": "Vendor X"},
    )


def test_chart_numbers_match_the_counts():
    charts = {c.key: c for c in chart_data(counts(), "en", VOCAB)}
    month = charts["by_month"]
    assert month.categories == ["2016-08", "2016-09", "2016-10", "2016-11"]  # gaps shown
    series = dict(month.series)
    assert series["Malicious link by SMS"] == [2, 0, 0, 0]
    assert series["Spyware infection"] == [2, 0, 0, 0]
    assert series["Arrest"] == [0, 0, 0, 1]
    notes = dict(month.notes)
    s = strings("en")
    assert notes[s["note_year_only"]] == 1
    assert notes[s["note_approximate"]] == 1
    assert notes[s["note_undated"]] == 1
    country = charts["by_country"]
    assert dict(zip(country.categories, country.series[0][1], strict=True)) == {
        "United Arab Emirates": 4,
        "Not recorded": 1,
        "Withheld": 1,
    }
    assert charts["by_perpetrator"].categories == ["Vendor X"]
    header, rows = month.table(s["total"])
    assert header[0] == "Month" and header[-1] == "Total"
    assert rows[0][0] == "2016-08" and rows[0][-1] == "4"  # type counts: 2 + 2


def test_many_months_are_counted_per_year_with_the_year_only_incidents():
    stats = counts()
    stats.by_month["2020-01"] = Counter({"arrest": 1})
    stats.month_totals["2020-01"] = 1
    assert len(stats.months()) > MAX_MONTHS
    chart = chart_data(stats, "en", VOCAB)[0]
    assert chart.key == "by_year"
    assert chart.categories == [str(y) for y in range(2016, 2021)]
    assert dict(chart.series)["Arrest"] == [1, 1, 0, 0, 1]  # 2017: known only to the year


def test_no_incident_no_chart():
    assert chart_data(Statistics(), "en", VOCAB) == []


def test_charts_speak_the_reports_language():
    charts = chart_data(counts(), "ar", VOCAB)
    assert charts[0].title == strings("ar")["chart_by_month"]
    assert country_name("AE", "ar") in charts[1].categories
    assert re.search("[\u0600-\u06ff]", country_name("AE", "ar"))


def svg_texts(svg: str) -> tuple[set[str], str]:
    root = ElementTree.fromstring(svg)  # noqa: S314 (hrdoc's own output)
    tags = {element.tag.rpartition("}")[2] for element in root.iter()}
    return tags, "".join(root.itertext())


label = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    str.strip
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(label, min_size=1, max_size=4, unique=True))
def test_chart_svg_is_only_a_drawing_whatever_the_labels(names):
    """Labels are untrusted (perpetrators' names): whatever they hold, the
    SVG parses, holds drawing elements only and shows markup as text."""
    from hrdoc.reports.charts import chart_svg

    names = [*names, "<script>alert(1)</script>", "<b>&amp;</b>"]
    data = ChartData(
        "by_perpetrator",
        "<img src=x onerror=alert(1)>",
        "Perpetrator",
        names,
        [("Incidents", list(range(1, len(names) + 1)))],
        horizontal=True,
    )
    svg = chart_svg(data)
    tags, text = svg_texts(svg)
    assert tags <= {"svg", "title", "desc", "defs", "linearGradient", "stop", "g", "path"} | {
        "rect",
        "text",
        "polyline",
        "polygon",
    }
    assert "<script>alert(1)</script>" in text.replace(" ", "") or "<script>" in text
    assert "<img" in text  # the title, as text


@pytest.fixture
def charted(store):
    case = store.add(Case(title="Lures", sensitivity=PUBLIC))
    vendor = store.add(Actor(kind="organisation", name="Vendor X", sensitivity=PUBLIC))
    for n, (start, country) in enumerate(
        [("2016-08-10", "AE"), ("2016-08", "AE"), ("2016-09-02", "EG"), ("2016-11", "AE")]
    ):
        incident = store.add(
            Incident(
                case_id=case.id,
                title=f"SMS lure {n}",
                start_date=start,
                start_precision="day" if len(start) == 10 else "month",
                country=country,
                types=["malicious_link_sms"],
                sensitivity=PUBLIC,
            )
        )
        store.add(
            Involvement(
                incident_id=incident.id,
                actor_id=vendor.id,
                role="suspected_perpetrator",
                sensitivity=PUBLIC,
            )
        )
    return store


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_html_report_inlines_its_charts_as_svg_without_script(charted, tmp_path, lang):
    _, data = export(charted, tmp_path, "public", "html", lang=lang)
    text = data.decode()
    assert text.count("<svg") == 5  # month, country, perpetrator, verification; timeline
    assert "<script" not in text.lower()
    assert "default-src 'none'" in text  # the page still loads nothing
    assert strings(lang)["chart_by_country"] in text


def page_with(dest, text: str) -> int:
    """The page (1-based) where this text is printed."""
    pages = pdf_text(dest).split("\f")
    return next(n for n, page in enumerate(pages, start=1) if logical(text) in logical(page))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pdf_report_draws_its_charts(charted, tmp_path, lang):
    """The page of a chart's title holds the bars' colour (only charts use
    it): the chart is drawn, not a blank space; its labels are real text, in
    logical order."""
    dest, _ = export(charted, tmp_path, "public", "pdf", lang=lang)
    s = strings(lang)
    text = logical(pdf_text(dest))
    assert logical(s["chart_by_country"]) in text
    assert logical(s["chart_by_perpetrator"]) in text
    page = page_with(dest, s["chart_by_country"])
    subprocess.run(
        [
            need("pdftoppm"),
            "-r",
            "40",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            str(dest),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    with Image.open(next(tmp_path.glob("c*.png"))) as image:
        colours = image.convert("RGB").getcolors(1 << 20) or []
        blue = sum(n for n, (r, g, b) in colours if b > 140 and r < 60 and g < 150)
        assert blue > 200, "no bar drawn on the chart's page"


def test_chart_svg_text_keeps_its_place_in_a_right_to_left_page():
    """Qt places each run of text by its left edge. Inlined in an Arabic page
    the SVG must not inherit right-to-left anchoring (the words of a title
    then overlap), and an Arabic run with its comma keeps its own direction."""
    from hrdoc.reports.charts import chart_svg

    data = chart_data(counts(), "ar", VOCAB)[0]  # title "الحوادث شهريًا، حسب النوع"
    svg = chart_svg(data, "rtl")
    root = ElementTree.fromstring(svg)  # noqa: S314 (hrdoc's own output)
    assert root.get("direction") == "ltr"
    runs = [t.text or "" for t in root.iter() if t.tag.endswith("text")]
    arabic = [r for r in runs if re.search("[\u0600-\u06ff]", r)]
    assert arabic and all(r.startswith("\u2067") and r.endswith("\u2069") for r in arabic)
    assert not any(re.search("[\u0600-\u06ff]", r) for r in runs if r not in arabic)
