"""Build the offline user guide the Help menu shows (resources/guide/<lang>/*.html)
from its text in docs/guide/<lang>/*.md, so the two never differ. Run from the
repository after editing docs/guide:
    .venv/bin/python packaging/make_guide.py
tests/test_guide.py checks that the committed HTML is what this script makes.

The pages are plain HTML with a little inline CSS: no script, no remote
resource, and a Content-Security-Policy that forbids both, so a browser shows
them as the app does, offline.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import markdown

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "guide"
TARGET = ROOT / "resources" / "guide"
LANGUAGES = ("en", "ar", "es", "fr")
RTL = {"ar"}

STYLE = """
body { font-family: sans-serif; line-height: 1.5; max-width: 44em; margin: 1.5em auto;
       padding: 0 1em; color: #1a1a1a; background: #ffffff; }
h1 { font-size: 1.6em; margin-bottom: 0.4em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #d0d0d0; }
li { margin: 0.25em 0; }
a { color: #1f4e8c; }
code { font-family: monospace; }
""".strip()

PAGE = """<!DOCTYPE html>
<html lang="{lang}" dir="{direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{style}
</style>
</head>
<body dir="{direction}">
{body}
</body>
</html>
"""


def render(text: str, lang: str) -> str:
    body = markdown.markdown(text, output_format="html")
    title = re.search(r"^# (.+)$", text, re.MULTILINE)
    direction = "rtl" if lang in RTL else "ltr"
    return PAGE.format(
        lang=lang,
        direction=direction,
        title=html.escape(title.group(1) if title else "hrdoc"),
        style=STYLE,
        body=body,
    )


def pages() -> dict[Path, str]:
    """Every HTML page this script writes, by path, with its text."""
    out = {}
    for lang in LANGUAGES:
        for source in sorted((SOURCE / lang).glob("*.md")):
            text = source.read_text(encoding="utf-8")
            out[TARGET / lang / (source.stem + ".html")] = render(text, lang)
    return out


def main() -> int:
    for path, text in pages().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
