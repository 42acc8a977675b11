"""Parsing a signed airing-log file (issue 13): bounded JSON, and the records as written.

ledcast writes the records of a file in their canonical form (exchange.canonical:
keys sorted, no spaces), so the signed bytes are the header's canonical text around
the records' text exactly as read: verifying over those saves rebuilding some 5 MB
of JSON per 10,000 records. The top level is read member by member with the
standard decoder so that this text is precisely the array the records were parsed
from (a second "records" member elsewhere cannot stand in for it).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.exchange_records import Rejected

MAX_DEPTH = 20

R_NOT_JSON = QT_TRANSLATE_NOOP("Errors", "the file is damaged or cut short (not complete JSON)")
R_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "the file nests data deeper than an airing log does")

_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as the json module skips it
_decoder = json.JSONDecoder()


def parse(data: bytes) -> tuple[Any, str | None]:
    """The document, and the text its "records" array was parsed from (None when the
    top level is not a plain object with one "records" member: then json.loads read it).
    Rejected when it is not JSON, or nests deeper than MAX_DEPTH outside the records."""
    try:
        text = data.decode("utf-8")
        members = _members(text)
        doc = json.loads(text) if members is None else members[0]
    except RecursionError:  # thousands of [[[[: the parser gives up before the depth check
        raise Rejected(R_TOO_DEEP) from None
    except (UnicodeDecodeError, ValueError):
        raise Rejected(R_NOT_JSON) from None
    # records are flat (checked field by field); the rest of the document is walked
    outer = {k: v for k, v in doc.items() if k != "records"} if isinstance(doc, dict) else doc
    if _depth(outer) > MAX_DEPTH:
        raise Rejected(R_TOO_DEEP)
    return doc, None if members is None else members[1]


def signed_text(header: dict[str, Any], records_text: str) -> bytes:
    """exchange.canonical(header, records) when `records_text` is the records' canonical text."""
    head = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f'{{"header":{head},"records":{records_text}}}'.encode()


def _members(text: str) -> tuple[dict[str, Any], str | None] | None:
    """The top-level object, member by member, with its records' text; None when it is
    not a plain object (json.loads then reads it). Broken JSON raises ValueError."""
    doc: dict[str, Any] = {}
    records: str | None = None
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    if text[at : at + 1] != "{":
        return None
    at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    closing = text[at : at + 1] == "}"
    while not closing:
        if text[at : at + 1] != '"':
            return None
        key, at = _decoder.raw_decode(text, at)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text[at : at + 1] != ":" or key in doc:
            return None
        start = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
        doc[key], at = _decoder.raw_decode(text, start)
        if key == "records":
            records = text[start:at]
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        closing = text[at : at + 1] == "}"
        if not closing:
            if text[at : at + 1] != ",":
                return None
            at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    if _SPACE.match(text, at + 1).end() != len(text):  # type: ignore[union-attr]
        return None
    return doc, records


def _depth(doc: Any) -> int:
    """The nesting depth, iteratively (no recursion limit to hit)."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return deepest
