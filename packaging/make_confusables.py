"""Write resources/text/confusables.json: letters of other scripts that look
like a Latin letter (Unicode TR39 confusables), mapped to that letter.

Run by a developer after a Unicode update (needs the dev dependency
confusable-homoglyphs, which ships TR39's confusablesSummary.txt as JSON):

    .venv/bin/python packaging/make_confusables.py

Only single letters that are confusable with a single ASCII letter are kept:
that is what lets 'Маriam' (Cyrillic М, а) match Mariam. Compatibility forms
(fullwidth, mathematical letters) are already folded by NFKD, and ASCII itself
is never mapped, so hrdoc's folding stays the same for plain Latin text.
"""

from __future__ import annotations

import json
import string
import unicodedata
from pathlib import Path

from confusable_homoglyphs import confusables

OUT = Path(__file__).resolve().parents[1] / "resources" / "text" / "confusables.json"


def main() -> None:
    data = confusables.confusables_data

    def latin(char: str) -> str | None:
        group = data.get(char, [])
        candidates = [g["c"] for g in group if len(g["c"]) == 1 and g["c"] in string.ascii_letters]
        same_case = [c for c in candidates if c.isupper() == char.isupper()]
        return sorted(same_case or candidates)[0] if candidates else None

    table: dict[str, str] = {}
    for char in sorted(data):
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        if unicodedata.normalize("NFKD", char).isascii():
            continue  # NFKD folds it already
        # a capital whose small letter looks Latin folds like that small letter
        # (Greek capital iota is listed with 'l', its small letter with 'i')
        small = char.lower() if len(char.lower()) == 1 and char.lower() != char else None
        found = (latin(small) if small else None) or latin(char)
        if found:
            table[char] = found
    # a small letter whose capital looks Latin folds like that capital
    # (Cyrillic м and к: their capitals М and К are confusables of M and K)
    for char, latin_letter in list(table.items()):
        small = char.lower()
        if len(small) == 1 and small != char and small not in table:
            table[small] = latin_letter.lower()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "source": "Unicode TR39 confusables, via the confusable-homoglyphs package",
                "map": table,
            },
            ensure_ascii=False,
            indent=0,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(table)} letters written to {OUT}")


if __name__ == "__main__":
    main()
