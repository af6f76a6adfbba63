"""One way to read JSON that came from outside (a bundle, a STIX or MVT file,
--from-json, a key-slot file, a profile): every malformed input is one line
that names what was read, never an internal error, and never echoes it.

Refused: text that is not UTF-8, nesting deeper than Python can follow,
numbers of more than 64 digits, NaN and Infinity, and strings holding lone
surrogates (which no file can encode).
"""

from __future__ import annotations

import json
import re
from typing import Any

from hrdoc.core.errors import InvalidInput

#: an X.509 serial number (20 bytes, 49 digits: MVT writes them as JSON numbers)
#: fits; nothing long enough to make int() slow does
MAX_NUMBER_DIGITS = 64


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise ValueError("a number is too long")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS + 10:
        raise ValueError("a number is too long")
    return float(text)


def _constant(text: str) -> Any:
    raise ValueError(f"{text} is not a number JSON allows")


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_text(value: Any) -> None:
    """Raise UnicodeEncodeError if a string in ``value`` is not valid Unicode."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())


def parse_json(data: bytes | str, what: str) -> Any:
    """The parsed value, or InvalidInput("<what> is not valid JSON (why)")."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        del data
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
        # A lone surrogate ("\ud800") parses, then breaks whatever writes it. It
        # can only come from an escape (UTF-8 cannot hold one): look only then.
        if _SURROGATE_ESCAPE.search(text):
            _check_text(value)
    except UnicodeDecodeError:
        raise InvalidInput(f"{what} is not UTF-8 text") from None
    except UnicodeEncodeError:
        raise InvalidInput(f"{what} holds text that is not valid Unicode") from None
    except RecursionError:
        raise InvalidInput(f"{what} is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{what} is not valid JSON (line {exc.lineno})") from None
    except ValueError as exc:  # from the hooks, or int() past its own digit limit
        reason = str(exc) if "number" in str(exc) else "a number is too long"
        raise InvalidInput(f"{what} is not valid JSON ({reason})") from None
    return value
