"""Full-text search over titles, descriptions, actor names and indicator values.

User input is never passed to FTS5 as query syntax: each whitespace-separated
term becomes a quoted phrase of its word pieces with a prefix match on the
last piece, and all terms must match. Results are ranked by BM25 with titles
weighted above bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from hrdoc.core.schema import SEARCH_SOURCES

_WORD = re.compile(r"\w+", re.UNICODE)
_TABLE_BY_CODE = {code: table for table, (code, _t, _b) in SEARCH_SOURCES.items()}
_KIND_BY_TABLE = {
    "cases": "case",
    "incidents": "incident",
    "actors": "actor",
    "indicators": "indicator",
    "evidence": "evidence",
    "interventions": "intervention",
}


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def to_match_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query ('' if nothing to search)."""
    phrases = []
    for term in text.split():
        pieces = _WORD.findall(term)
        if pieces:
            phrases.append('"' + " ".join(pieces) + '" *')
    return " AND ".join(phrases)


def search(conn: Any, text: str, limit: int = 50) -> list[Hit]:
    query = to_match_query(text)
    if not query:
        return []
    # Rank first; snippets only for the rows shown (snippet() is costly, and
    # SQLite would compute it for every match before sorting).
    ranked = conn.execute(
        "SELECT rowid, bm25(search_index, 10.0, 1.0) AS score FROM search_index"
        " WHERE search_index MATCH ? ORDER BY score LIMIT ?",
        (query, int(limit)),
    ).fetchall()
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    details = {
        rowid: (title, snippet)
        for rowid, title, snippet in conn.execute(
            "SELECT rowid, title, snippet(search_index, 1, '[', ']', '…', 12) FROM search_index"
            f" WHERE search_index MATCH ? AND rowid IN ({marks})",
            (query, *[r[0] for r in ranked]),
        )
    }
    hits = []
    for rowid, score in ranked:
        table = _TABLE_BY_CODE[rowid % 8]
        found = conn.execute(f"SELECT id FROM {table} WHERE n = ?", (rowid // 8,)).fetchone()
        title, snippet = details.get(rowid, ("", ""))
        if found:
            hits.append(Hit(_KIND_BY_TABLE[table], found[0], title or "", snippet or "", score))
    return hits
