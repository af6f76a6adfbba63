"""Benchmarks print figures; they assert nothing about speed. Run: make bench."""

from __future__ import annotations

import itertools
import os
import random
import string
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def zipf_vocabulary(size: int = 20000, seed: int = 0) -> tuple[list[str], list[float]]:
    """Pseudo-words with Zipf weights (rank r has weight 1/r), like real text."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    weights = [1.0 / rank for rank in range(1, size + 1)]
    return ordered, list(itertools.accumulate(weights))


class Text:
    def __init__(self, seed: int) -> None:
        self.words, self.cumulative = zipf_vocabulary()
        self.rng = random.Random(seed)

    def sentence(self, n: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=n))


@pytest.fixture
def bench_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HRDOC_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def report(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(k) for k, _ in rows)
    print(f"\n== {title}")
    for key, value in rows:
        print(f"   {key.ljust(width)}  {value}")
