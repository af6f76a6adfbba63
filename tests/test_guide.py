"""The offline user guide (Help menu): its HTML is the text of docs/guide, in
four languages, self-contained, and says what hrdoc protects from."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import make_guide  # noqa: E402

LANGUAGES = make_guide.LANGUAGES


def markdown_of(lang: str, page: str) -> str:
    return (ROOT / "docs" / "guide" / lang / f"{page}.md").read_text(encoding="utf-8")


def shipped(lang: str, page: str) -> str:
    return (ROOT / "resources" / "guide" / lang / f"{page}.html").read_text(encoding="utf-8")


class _Page(HTMLParser):
    """What a page asks a browser to do: its tags, links and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.headings: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs
        self.links += [v or "" for k, v in attrs if k == "href"]
        self._in_h2 = tag == "h2"
        if tag == "h2":
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.headings[-1] += data


def parsed(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_the_shipped_html_is_the_text_of_docs_guide():
    """Editing docs/guide without running packaging/make_guide.py fails here."""
    made = make_guide.pages()
    on_disk = {p for p in (ROOT / "resources" / "guide").rglob("*.html")}
    assert set(made) == on_disk
    stale = [str(p.relative_to(ROOT)) for p, text in made.items() if p.read_text("utf-8") != text]
    assert stale == [], "run packaging/make_guide.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_every_page_and_every_section(lang):
    for page in ("guide", "protection"):
        english = parsed(shipped("en", page)).headings
        here = parsed(shipped(lang, page))
        assert len(here.headings) == len(english), (lang, page, here.headings)
        assert all(h.strip() for h in here.headings)


def test_the_guide_covers_what_a_first_user_needs():
    headings = [h.lower() for h in parsed(shipped("en", "guide")).headings]
    for topic in (
        "first steps",
        "recording an incident",
        "evidence",
        "reports and redaction",
        "bundles and contacts",
        "spreadsheets",
        "mvt and stix",
        "locking",
        "recovery code",
        "backups",
    ):
        assert topic in headings
    protection = markdown_of("en", "protection").lower()
    for claim in ("seized", "spyware on the computer", "duress", "panic", "ssd"):
        assert claim in protection


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_fetch_nothing_and_run_nothing(lang):
    for page in ("guide", "protection"):
        text = shipped(lang, page)
        html = parsed(text)
        assert not {"script", "img", "iframe", "object", "embed", "link", "form"} & set(html.tags)
        assert not [a for a in html.attributes if a[0].startswith("on") or a[0] == "src"]
        assert all(link in ("guide.html", "protection.html") for link in html.links), html.links
        assert "default-src 'none'" in text
        assert f'lang="{lang}"' in text
        assert ('dir="rtl"' in text) == (lang == "ar")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_paths_survive_as_written(lang):
    """A path in bold (**Vault > Back up…**) reaches the page whole: one <strong>,
    not split by a line that Markdown took for a quote."""
    text = markdown_of(lang, "guide") + markdown_of(lang, "protection")
    html = shipped(lang, "guide") + shipped(lang, "protection")
    assert "<blockquote" not in html
    paths = bold_menu_paths(text)
    assert len(paths) >= 15, paths
    strong = {" ".join(s.split()) for s in re.findall(r"<strong>(.*?)</strong>", html, re.S)}
    assert not [p for p in paths if " > ".join(p).replace(">", "&gt;") not in strong]


def bold_menu_paths(markdown_text: str) -> list[list[str]]:
    """Every **Menu > Item** in a page, as its parts."""
    found = []
    for bold in re.findall(r"\*\*(.+?)\*\*", markdown_text, re.S):
        bold = " ".join(bold.split())
        if " > " in bold:
            found.append(bold.split(" > "))
    return found
