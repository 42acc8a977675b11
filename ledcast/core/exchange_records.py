"""The field and type checks of the records of a signed airing log (issue 13).

A district imports a million records at once, so the checks run column by column
with C-level builtins (map, set, min/max) instead of a Python loop per field. Any
column that is not plainly right sends the file through `check_record`, one record
at a time, which names the first wrong record and field: the fast pass only ever
accepts what `check_record` accepts (tests/core/test_exchange_records.py).
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from typing import Any

from sqlalchemy import Connection, DateTime, insert
from sqlalchemy.exc import DBAPIError

from ledcast.core.airing import ORIGINS, OUTLET_KINDS, PRIORITIES, RECORDED_HOW
from ledcast.core.db.models import Airing
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.exchange import FIELDS, INT, OPT_STR, OPT_TIME, STR, TIME

MAX_TEXT = 10_000  # one field of one record
MAX_OFFSET = 1440  # utc_offset_min, minutes either way
CHOICES = {"recorded_how": RECORDED_HOW, "origin": ORIGINS, "priority": PRIORITIES, "outlet_kind": OUTLET_KINDS}
NAMES = tuple(FIELDS)  # a checked record is a tuple of these values, in this order
INDEX = {name: n for n, name in enumerate(NAMES)}

R_BAD_RECORD = QT_TRANSLATE_NOOP("Errors", "record {number}: “{field}” is missing or wrong")
R_EXTRA_FIELD = QT_TRANSLATE_NOOP("Errors", "record {number}: unknown field “{field}”")
R_OTHER_UNIT = QT_TRANSLATE_NOOP("Errors", "record {number} belongs to unit {other}, not {code} who signed the file")


class Rejected(LedcastError):
    """Why a file was refused (nothing of it imported)."""


def check_records(records: list[Any], code: str) -> list[tuple[Any, ...]]:
    """The records as tuples of Airing column values (NAMES order, datetimes parsed);
    Rejected with the first wrong record's number and field."""
    rows = _columns(records, code)
    if rows is None:
        rows = [check_record(n, r, code) for n, r in enumerate(records, 1)]
    return rows


_TIMES = (TIME, OPT_TIME)
_OPTIONAL = (OPT_STR, OPT_TIME)
_KINDS = tuple(FIELDS.items())


def check_record(number: int, record: Any, code: str) -> tuple[Any, ...]:
    """One record, field by field (the reference the column pass must agree with).
    Values must be scalars, so a record cannot nest anything (the depth bound holds)."""
    if not isinstance(record, dict):
        raise Rejected(R_BAD_RECORD, number=number, field="record")
    if record.keys() != FIELDS.keys():
        extra = sorted(set(record) - set(FIELDS))
        if extra:
            raise Rejected(R_EXTRA_FIELD, number=number, field=extra[0][:40])
        raise Rejected(R_BAD_RECORD, number=number, field=next(n for n in FIELDS if n not in record))
    row: dict[str, Any] = {}
    for name, kind in _KINDS:
        value = record[name]
        t = type(value)
        if t is str:
            if kind == INT or len(value) > MAX_TEXT:
                raise Rejected(R_BAD_RECORD, number=number, field=name)
            if kind in _TIMES:
                value = _time(value, number, name)
        elif value is None:
            if kind not in _OPTIONAL:
                raise Rejected(R_BAD_RECORD, number=number, field=name)
        elif t is not int or kind != INT or not -MAX_OFFSET <= value <= MAX_OFFSET:
            raise Rejected(R_BAD_RECORD, number=number, field=name)
        row[name] = value
    for name, allowed in CHOICES.items():
        if row[name] not in allowed:
            raise Rejected(R_BAD_RECORD, number=number, field=name)
    if not row["uuid"] or row["end_utc"] < row["start_utc"]:
        raise Rejected(R_BAD_RECORD, number=number, field="uuid" if not row["uuid"] else "end_utc")
    if row["unit_code"] != code:
        raise Rejected(R_OTHER_UNIT, number=number, other=row["unit_code"][:64], code=code[:64])
    return tuple(row.values())


def _time(value: str, number: int, name: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise Rejected(R_BAD_RECORD, number=number, field=name) from None
    if when.tzinfo is not None:  # stored times are naive UTC
        raise Rejected(R_BAD_RECORD, number=number, field=name)
    return when


_STR, _NONE = {str}, {str, type(None)}
_tzinfo = operator.attrgetter("tzinfo")
_values = operator.itemgetter(*NAMES)


def _columns(records: list[Any], code: str) -> list[tuple[Any, ...]] | None:
    """The checked rows, or None when anything is off (then check_record says what)."""
    if not records:
        return []
    if set(map(type, records)) != {dict} or set(map(len, records)) != {len(FIELDS)}:
        return None
    try:  # every record has as many keys as FIELDS and all of them: exactly FIELDS
        columns = list(map(list, zip(*map(_values, records))))
    except KeyError:
        return None
    for n, (name, kind) in enumerate(_KINDS):
        column = _column(columns[n], kind)
        if column is None or (name in CHOICES and not set(column) <= set(CHOICES[name])):
            return None
        columns[n] = column
    uuids, starts, ends = columns[INDEX["uuid"]], columns[INDEX["start_utc"]], columns[INDEX["end_utc"]]
    if not all(uuids) or any(map(operator.lt, ends, starts)) or set(columns[INDEX["unit_code"]]) != {code}:
        return None
    return list(zip(*columns))


def _column(values: list[Any], kind: str) -> list[Any] | None:
    """One field of every record, checked (times parsed), or None."""
    types = set(map(type, values))
    if kind == INT:
        ok = types == {int} and -MAX_OFFSET <= min(values) and max(values) <= MAX_OFFSET
        return values if ok else None
    if not types <= (_STR if kind in (STR, TIME) else _NONE):
        return None
    texts = values if types == _STR else [v for v in values if v is not None]
    if texts and max(map(len, texts)) > MAX_TEXT:
        return None
    if kind not in _TIMES:
        return values
    try:
        parsed = list(map(dt.datetime.fromisoformat, texts))
    except ValueError:
        return None
    if parsed and set(map(_tzinfo, parsed)) != {None}:
        return None
    if texts is values:
        return parsed
    times = iter(parsed)
    return [None if v is None else next(times) for v in values]


_SORTED = sorted(FIELDS)  # json.dumps(sort_keys=True) order
_RECORD = "{" + ",".join(f'"{name}":%s' for name in _SORTED) + "}"  # the names need no JSON escaping
_encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses for text (C)
_sorted_values = operator.itemgetter(*_SORTED)


def signed_bytes(header: dict[str, Any], records: list[dict[str, Any]]) -> bytes:
    """exchange.canonical(header, records), byte for byte, for records that passed
    check_records (flat, exactly FIELDS, text, int or None): each field is encoded
    for all records at once and the records filled into one template, instead of
    json.dumps sorting the keys of every record (a third of checking a file)."""
    columns = []
    for name, values in zip(_SORTED, zip(*map(_sorted_values, records))):
        if FIELDS[name] == INT:
            columns.append(map(int.__repr__, values))
        elif None in values:
            columns.append(["null" if v is None else _encode(v) for v in values])
        else:
            columns.append(map(_encode, values))
    head = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    body = ",".join(map(_RECORD.__mod__, zip(*columns)))
    return f'{{"header":{head},"records":[{body}]}}'.encode()


_TABLE = Airing.__table__
_ISO = operator.methodcaller("isoformat", " ", "microseconds")
_SAMPLES = (
    dt.datetime(2026, 1, 1, 6, 0),
    dt.datetime(1, 2, 3, 4, 5, 6, 7),
    dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
)


def insert_params(dialect: Any, rows: list[tuple[Any, ...]]) -> tuple[str, list[Any] | str]:
    """The INSERT and its parameters, converted column by column (the checking child builds
    them too); on PostgreSQL a COPY and its text (see copy_text)."""
    if dialect.name == "postgresql":
        return _COPY, copy_text(rows)
    compiled = insert(_TABLE).compile(dialect=dialect, column_keys=list(NAMES))
    columns = list(zip(*rows))
    columns[INDEX["recorded_how"]] = ("imported",) * len(rows)
    for n, name in enumerate(NAMES):
        convert = _TABLE.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is None:
            continue
        if isinstance(_TABLE.c[name].type, DateTime) and all(convert(d) == _ISO(d) for d in _SAMPLES):
            # SQLite's DateTime text, the very same, by a C method
            values = columns[n]
            columns[n] = [v if v is None else _ISO(v) for v in values] if None in values else list(map(_ISO, values))
        else:
            columns[n] = list(map(convert, columns[n]))
    if compiled.positional:
        params: list[Any] = list(zip(*(columns[INDEX[key]] for key in compiled.positiontup or ())))
    else:
        params = [dict(zip(NAMES, values)) for values in zip(*columns)]
    return compiled.string, params


_COPY = f"COPY {_TABLE.name} ({', '.join(NAMES)}) FROM STDIN"
_NULL = "\\N"
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_text(rows: list[tuple[Any, ...]]) -> str:
    """The rows in PostgreSQL's COPY text format, built column by column. The driver's
    executemany spent some 50 µs of Python per row (two thirds of a district's import);
    this is one string the server parses."""
    columns: list[list[str]] = []
    for name, values in zip(NAMES, zip(*rows)):
        kind = FIELDS[name]
        if name == "recorded_how":
            columns.append(["imported"] * len(rows))
        elif kind == INT:
            columns.append(list(map(int.__repr__, values)))
        elif kind in (TIME, OPT_TIME):
            columns.append([_NULL if v is None else _ISO(v) for v in values])
        else:
            text = "".join(v for v in values if v is not None)
            if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
                values = tuple(None if v is None else v.translate(_ESCAPES) for v in values)
            columns.append([_NULL if v is None else v for v in values])
    return "".join(line + "\n" for line in map("\t".join, zip(*columns)))


def execute_insert(conn: Connection, sql: str, params: list[Any] | str) -> None:
    """Run what insert_params built on `conn`, in its transaction. The COPY goes through the
    driver's own cursor; its errors are raised as SQLAlchemy's (IntegrityError: a known uuid)."""
    if not isinstance(params, str):
        conn.exec_driver_sql(sql, params)
        return
    dbapi = conn.dialect.dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
            copy.write(params)
    except dbapi.Error as exc:  # type: ignore[union-attr]
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc  # type: ignore[union-attr]
