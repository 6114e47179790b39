"""Lossless JSON form of an `ArticleResult`, for the per-article result cache.

`result_from_json(result_to_json(r))` equals `r` field for field, with the
same sharing of `Entity` objects: entities are written once into a table and
referred to by index (an extractor hands the same Entity to the entity list,
to participants and to places, and later stages rely on that). Sets are
written as sorted lists and tuples as lists, so equal results give equal
JSON. The records are (de)serialised from their dataclass fields and type
hints, so a field added to `kg/records.py` is carried without changes here.

A cache entry that does not fit the records (truncated, edited, or written
by another version) raises `CacheError`, a `ValueError`: the caller
re-extracts the article.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache as _memo
from typing import Any

from kg import records
from kg.records import ArticleResult, Entity

FORMAT = 1


class CacheError(ValueError):
    """A cached result that cannot be read back into records."""


def result_to_json(result: ArticleResult) -> dict:
    """A JSON-ready dict holding everything in `result`."""
    table: list[dict] = []
    refs: dict[int, int] = {}
    body = _encode(result, table, refs)
    return {
        "format": FORMAT,
        "content_hash": result.article.content_hash,
        "entity_table": table,
        "result": body,
    }


def result_from_json(data: dict) -> ArticleResult:
    """The `ArticleResult` that `result_to_json` wrote; raises `CacheError` if it does not fit."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CacheError(f"not a cached result of format {FORMAT}")
    try:
        rows = data["entity_table"]
        if not isinstance(rows, list):
            raise CacheError("entity_table is not a list")
        # Entities first (they hold no other records), then the result refers to them by index.
        table = [_decode(Entity, row, None) for row in rows]
        result = _decode(ArticleResult, data["result"], table)
    except KeyError as err:
        raise CacheError(f"missing field {err}") from None
    except (TypeError, ValueError, IndexError, RecursionError) as err:
        raise CacheError(str(err) or type(err).__name__) from None
    if result.article.content_hash != data.get("content_hash"):
        raise CacheError("article text does not match the cached content hash")
    return result


def _encode(value: Any, table: list[dict], refs: dict[int, int]) -> Any:
    if isinstance(value, Entity):
        if id(value) not in refs:
            refs[id(value)] = len(table)
            table.append(None)  # reserve the slot, then fill it
            table[refs[id(value)]] = _encode_fields(value, table, refs)
        return refs[id(value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encode_fields(value, table, refs)
    if isinstance(value, (list, tuple)):
        return [_encode(v, table, refs) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_encode(v, table, refs) for v in value), key=repr)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _encode_fields(obj: Any, table: list[dict], refs: dict[int, int]) -> dict:
    return {f.name: _encode(getattr(obj, f.name), table, refs) for f in dataclasses.fields(obj)}


@_memo
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def _decode(tp: Any, value: Any, table: list[Entity] | None) -> Any:
    """Rebuild a value of type `tp` (a records type hint) from its JSON form.

    Entities are references into `table`; `table` is None while the table itself is read.
    """
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _decode(inner, value, table)
    if tp is Entity and table is not None:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < len(table):
            raise CacheError(f"bad entity reference {value!r}")
        return table[value]
    if dataclasses.is_dataclass(tp):
        return _decode_fields(tp, value, table)
    if origin in (list, set, tuple):
        if not isinstance(value, list):
            raise CacheError(f"expected a list, got {type(value).__name__}")
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            if len(args) != len(value):
                raise CacheError(f"expected {len(args)} items, got {len(value)}")
            return tuple(_decode(a, v, table) for a, v in zip(args, value))
        items = [_decode(args[0], v, table) for v in value]
        return origin(items)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (str, int, float, bool) and type(value) is tp:
        return value
    raise CacheError(f"expected {getattr(tp, '__name__', tp)}, got {type(value).__name__}")


def _decode_fields(cls: type, value: Any, table: list[Entity] | None) -> Any:
    if not isinstance(value, dict):
        raise CacheError(f"expected an object for {cls.__name__}, got {type(value).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in value:
            kwargs[f.name] = _decode(hints[f.name], value[f.name], table)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CacheError(f"{cls.__name__} without {f.name!r}")
    unknown = set(value) - set(kwargs) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise CacheError(f"{cls.__name__} with unknown fields {sorted(unknown)}")
    return cls(**kwargs)
