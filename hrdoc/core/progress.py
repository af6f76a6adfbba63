"""How long work reports how far it is, and how it is stopped."""

from __future__ import annotations

from collections.abc import Callable

#: progress(done, total) in bytes (or pages); total is 0 when not known.
#: It may raise Cancelled to stop the work; the work then keeps nothing.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop an operation; nothing is kept."""
