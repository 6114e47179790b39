"""Read news articles from files and folders; never stop on a bad one.

`iter_articles(paths)` yields an `Article` for every readable article and a
`Skipped` (one line naming the file) for everything else, in a deterministic
order: the paths as given, folders walked recursively in sorted name order.

Formats
- `.txt` (and any file named explicitly whose suffix is not known): the whole
  file is the article; metadata from an optional sidecar `NAME.meta.json`
  (`date_published`, `outlet`, `title`, `url`; other keys kept in `extra`).
- `.html`/`.htm`/`.xhtml`: main text and metadata (title, date, url, site
  name) by trafilatura; a page without an article body is skipped.
- `.jsonl`/`.ndjson`: one article per line (`id`, `text`, optional `title`,
  `url`, `date_published`, `outlet`); a bad line is skipped as `FILE:LINE`,
  the other lines are read. Read line by line, so a feed of any size is read
  in bounded memory; each line obeys the size limit.

Decisions on bad input
- Decoding: UTF-8 (BOM or not), UTF-16/32 with a BOM, otherwise the encoding
  charset-normalizer detects (Latin-1/CP1252 read as CP1252, a superset);
  undetectable bytes, NUL bytes and known binary formats (PDF, PNG, ...) are
  skipped. Empty and whitespace-only files are skipped.
- Files above `max_bytes` (default 20 MB) are refused with the limit named.
- Invalid metadata never costs the article: an invalid sidecar or a bad
  field is reported as a `Skipped` whose source is the sidecar (or
  `FILE:LINE`) and whose reason starts with "ignored"; the article follows,
  read with the metadata that is valid.
- Text is cleaned in one documented way before anything sees it: newlines
  become `\\n`, control characters other than tab and newline are dropped,
  lone surrogates (possible in JSON escapes) and Unicode noncharacters
  become U+FFFD (one character for one, as the graph writes them). All evidence
  offsets downstream are into this cleaned `Article.text`.
- Without a date in the metadata, a dateline near the top of the text
  ("11-02-2019", "February 11, 2019", "Published: 2019-02-11 10:00") gives
  the publication date; an ambiguous day-month order is resolved with the
  weekdays the article mentions by `kg.resolve.dates.resolve_dateline`, and
  the doubt is written to `date_note` (day-month is assumed, and said so,
  when the weekdays do not decide it). Failing that, a day in the URL path
  ("/2025/jun/17/", "/2024/03/05/") gives it (`date_source` "url").
- Article ids are file stems (JSON Lines: the `id` field); a repeated id gets
  a `-2`, `-3`, ... suffix so every article of one run has its own id.
"""

from __future__ import annotations

import calendar
import contextlib
import errno
import importlib.resources
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from kg.records import Article, Skipped

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB
MAX_SIDECAR_BYTES = 1_000_000
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"
META_FIELDS = ("date_published", "outlet", "title", "url")
# An HTML page whose extracted text has fewer words than this has no article body.
MIN_HTML_BODY_WORDS = 8
# How many non-empty lines at the top of an article may hold its dateline.
DATELINE_LINES = 8
PAGE_HEADER_WORDS = 12  # a longer line is the story's own text
# Bytes sniffed at the start of a JSON Lines file to refuse binary files at once.
SNIFF_BYTES = 8192

# Magic numbers of binary formats that end up in news folders.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class IngestError(ValueError):
    """An input that cannot be read as an article; the message is the one-line reason."""


def bundled_corpus() -> Path:
    """The sample corpus shipped inside the package (works from an installed wheel)."""
    return Path(str(importlib.resources.files("kg") / "data" / "corpus"))


# ---------------------------------------------------------------------------
# Walking paths


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Skipped]:
    """Yield every article under `paths` and a `Skipped` for every input that cannot be read."""
    seen_ids: set[str] = set()
    for item in _iter_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        for record in iter_file(item, max_bytes=max_bytes):
            if isinstance(record, Article):
                unique = _unique_id(record.id, seen_ids)
                if unique != record.id:
                    record = _replace_id(record, unique)
            yield record


def _iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Files to read (as given, folders expanded), each real file once."""
    seen_files: dict[tuple[int, int], Path] = {}
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        st = _stat(path)
        if isinstance(st, Skipped):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key not in seen_dirs:
                seen_dirs.add(key)
                yield from _walk_dir(path, frozenset({key}), seen_dirs, seen_files)
        elif path.name.endswith(SIDECAR_SUFFIX):
            # `kg build corpus/*` names sidecars too; they belong to their article.
            if not _has_article_for_sidecar(path):
                yield Skipped(str(path), "metadata sidecar without an article file next to it")
        else:
            yield from _accept_file(path, st, seen_files)


def _walk_dir(
    directory: Path,
    ancestors: frozenset[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
    seen_files: dict[tuple[int, int], Path],
) -> Iterator[Path | Skipped]:
    try:
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as err:
        yield Skipped(str(directory), f"cannot read folder: {_strerror(err)}")
        return
    for name in names:
        if name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store, temporary files)
        path = directory / name
        st = _stat(path)
        if isinstance(st, Skipped):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield Skipped(str(path), "symlink loop: leads back to a folder that contains it; not followed")
            elif key not in seen_dirs:
                seen_dirs.add(key)
                yield from _walk_dir(path, ancestors | {key}, seen_dirs, seen_files)
        elif name.endswith(SIDECAR_SUFFIX):
            continue
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            known = ", ".join(sorted(ARTICLE_SUFFIXES))
            yield Skipped(str(path), f"not an article file type ({path.suffix or 'no suffix'}; read: {known})")
        else:
            yield from _accept_file(path, st, seen_files)


def _stat(path: Path) -> os.stat_result | Skipped:
    """The status of what `path` points to, or why it cannot be reached."""
    try:
        return path.stat()
    except OSError as err:
        return Skipped(str(path), _os_reason(path, err))


def _accept_file(path: Path, st: os.stat_result, seen: dict[tuple[int, int], Path]) -> Iterator[Path | Skipped]:
    if not stat.S_ISREG(st.st_mode):
        yield Skipped(str(path), f"not a regular file ({_file_kind(st.st_mode)})")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield Skipped(str(path), f"same file as {seen[key]}; read once")
        return
    seen[key] = path
    yield path


def _has_article_for_sidecar(sidecar: Path) -> bool:
    stem = sidecar.name[: -len(SIDECAR_SUFFIX)]
    return any((sidecar.parent / f"{stem}{suffix}").exists() for suffix in ARTICLE_SUFFIXES)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _strerror(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def _os_reason(path: Path, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symlink loop; not followed"
    if err.errno == errno.ENOENT and path.is_symlink():
        return "broken symlink (its target does not exist)"
    if err.errno == errno.ENOENT:
        return "no such file or folder"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (cannot read it)"
    return f"cannot read: {_strerror(err)}"


def _unique_id(article_id: str, seen: set[str]) -> str:
    candidate, n = article_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{article_id}-{n}"
    seen.add(candidate)
    return candidate


def _replace_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)


# ---------------------------------------------------------------------------
# Reading one file


def read_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | Skipped]:
    """Read one file of any supported format into articles and skip notices (never raises on bad input)."""
    return list(iter_file(Path(path), max_bytes=max_bytes))


def iter_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    """Stream the articles of one file (JSON Lines record by record), bad input as `Skipped`."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
            return
        data = read_bytes(path, max_bytes)
        text, encoding = decode_bytes(data)
        if suffix in HTML_SUFFIXES:
            yield from _read_html(path, text)
        else:
            yield from _read_text(path, text, encoding)
    except IngestError as err:
        yield Skipped(str(path), str(err))
    except OSError as err:
        yield Skipped(str(path), _os_reason(path, err))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing non-regular files and files above `max_bytes`."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(f"not a regular file ({_file_kind(st.st_mode)})")
        if st.st_size > max_bytes:
            raise IngestError(_too_large(st.st_size, max_bytes))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew while we read it
        raise IngestError(_too_large(len(data), max_bytes))
    if not data:
        raise IngestError("empty file")
    return data


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_mb(size)} is over the input limit of {_mb(limit)} (raise the limit to read it)"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes to cleaned text; returns (text, encoding) or raises IngestError."""
    kind = binary_kind(data)
    if kind:
        raise IngestError(f"binary file ({kind}), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as err:
                raise IngestError(f"invalid {encoding.upper()} text at byte {err.start + len(bom)}") from None
            return _checked(text, encoding.removesuffix("-sig"))
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    if encoding is None:
        raise IngestError("not text in a known encoding (not UTF-8, and no other encoding detected)")
    return _checked(data.decode(encoding), encoding)


def binary_kind(data: bytes) -> str | None:
    """The name of the binary format `data` starts with, if any."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def _detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer detects, named CP1252 wherever CP1252 reads the same or as well."""
    import charset_normalizer

    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    try:
        as_cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        return best.encoding
    # Latin-1 text is valid CP1252, and most news in a legacy encoding is CP1252; on short
    # texts the detector often names a sibling code page with the same reading.
    if str(best) == as_cp1252:
        return "cp1252"
    if any(m.encoding in ("cp1252", "latin_1") and m.chaos <= best.chaos for m in matches):
        return "cp1252"
    return best.encoding


# Control characters (C0, DEL, C1) other than tab and newline; they carry no text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Lone surrogates and Unicode noncharacters: not text, and rejected by common RDF/XML parsers.
_NOT_TEXT = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0x10000, 0x110000, 0x10000))
    + "]"
)


def clean_text(text: str) -> str:
    """Normalise newlines to `\\n`, drop control characters, replace lone surrogates and noncharacters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = _CONTROLS.sub("", text)
    return _NOT_TEXT.sub("\ufffd", text)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    controls = len(_CONTROLS.findall(text))
    if controls and controls > len(text) // 10:
        raise IngestError(f"binary file ({controls} control characters in {len(text)}), not text")
    text = clean_text(text)
    if not text.strip():
        raise IngestError("only whitespace, no text")
    return text, encoding


def _read_text(path: Path, text: str, encoding: str) -> list[Article | Skipped]:
    meta, notices = read_sidecar(path)
    extra = dict(meta.pop("extra", {}))
    if encoding not in ("utf-8", "ascii"):
        extra["encoding"] = encoding
    article = _make_article(path.stem, text, str(path), meta, extra, meta_source="meta")
    return [*notices, article]


def _make_article(
    article_id: str, text: str, source: str, meta: dict, extra: dict, *, meta_source: str
) -> Article:
    """An Article from cleaned text and validated metadata; the dateline, then the URL, fills a missing date."""
    date_published = meta.get("date_published")
    date_source = meta_source if date_published else None
    date_note = meta.get("date_note")
    if not date_published:
        found, note = dateline_date(text)
        if found:
            date_published, date_source = found, "dateline"
        elif found := url_date(meta.get("url")):
            date_published, date_source = found, "url"
        date_note = "; ".join(n for n in (date_note, note) if n) or None
    return Article(
        id=article_id,
        text=text,
        source=source,
        title=meta.get("title"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        date_published=date_published,
        date_source=date_source,
        date_note=date_note,
        extra=tuple(sorted((str(k), str(v)) for k, v in extra.items())),
    )


# ---------------------------------------------------------------------------
# Metadata


def read_sidecar(path: Path) -> tuple[dict, list[Skipped]]:
    """Validated metadata from `NAME.meta.json` next to `path` (if any) and notices for what was ignored."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, []
    try:
        data = read_bytes(sidecar, MAX_SIDECAR_BYTES)
        raw = json.loads(data.decode("utf-8-sig"))
    except (IngestError, OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        reason = _os_reason(sidecar, err) if isinstance(err, OSError) else _short(err)
        return {}, [Skipped(str(sidecar), f"ignored metadata, not valid JSON ({reason}); article read without it", warning=True)]
    if not isinstance(raw, dict):
        return {}, [Skipped(str(sidecar), "ignored metadata: not a JSON object; article read without it", warning=True)]
    meta, problems = validate_meta(raw)
    return meta, [Skipped(str(sidecar), f"ignored {p}; article read without it", warning=True) for p in problems]


def _short(err: Exception) -> str:
    return str(err).splitlines()[0][:200] if str(err) else type(err).__name__


def validate_meta(raw: dict) -> tuple[dict, list[str]]:
    """Keep the valid metadata fields; returns (meta, problems) where each problem is one phrase.

    `meta` has `title`, `outlet`, `url`, `date_published` (ISO) where valid, a
    `date_note` when the given date was dropped, and `extra` (other keys).
    """
    meta: dict = {}
    problems: list[str] = []
    for key in ("title", "outlet"):
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, str) and value.strip():
            meta[key] = " ".join(clean_text(value).split())
        else:
            problems.append(f"{key!r}: not a non-empty string")
    url = raw.get("url")
    if url is not None:
        if isinstance(url, str) and web_url(url):
            meta["url"] = web_url(url)
        else:
            problems.append("'url': not an http(s) URL")
    value = raw.get("date_published")
    if value is not None:
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed:
            meta["date_published"] = parsed
        else:
            shown = _clip(repr(value))
            problems.append(f"'date_published' {shown}: not a date")
            meta["date_note"] = f"the metadata date {shown} is malformed and was ignored"
    meta["extra"] = {
        clean_text(str(k)): clean_text(v if isinstance(v, str) else _json_value(v))
        for k, v in raw.items()
        if k not in META_FIELDS and k not in ("id", "text")
    }
    return meta, problems


def _json_value(value) -> str:
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        return repr(value)


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def web_url(url: str) -> str | None:
    """`url` as a strict http(s) URI (path, query and fragment percent-encoded), or None.

    Characters that are not allowed raw in a URI ("[" outside the host, quotes, non-ASCII)
    are encoded, so the URL is safe as an IRI in every RDF serialiser.
    """
    url = url.strip()
    if _URL_UNSAFE.search(url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError:
        return None
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")  # internationalised domain names
    except UnicodeError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not _HOST.fullmatch(host) or parts.username:
        return None
    netloc = host if port is None else f"{host}:{port}"
    path, query, fragment = (
        _STRAY_PERCENT.sub("%25", quote(p, safe=_URI_SAFE)) for p in (parts.path, parts.query, parts.fragment)
    )
    return urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))


# No whitespace, controls or characters that are never raw in a URL.
_URL_UNSAFE = re.compile(r'[\x00-\x20\x7f-\x9f<>"{}|\\^`\s]')
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
_URI_SAFE = "/:@!$&'()*+,;=%~-._?"
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = [name.lower() for name in calendar.day_name]
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_DAY_MONTH = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})", re.I)
_MONTH_DAY = re.compile(rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})")
_TIME_TAIL = r"(?:\s*(?:[,|•·–—-]|at)?\s*\d{1,2}[:.]\d{2}\b.*)?"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """An unambiguous date string as ISO yyyy-mm-dd: ISO date/datetime, RFC 2822, or a month name."""
    value = " ".join(value.split())
    if m := re.fullmatch(rf"{_ISO.pattern}(?:[T ].*)?", value):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if m := re.fullmatch(rf"(?:[A-Za-z]+day,?\s+)?{pattern.pattern}{_TIME_TAIL}", value, re.I):
            return _iso(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"]))
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# A header line that is only a date: optional label and weekday, the date, optional time.
_LABEL = r"(?:(?:published|posted|updated|date|last updated)(?:\s+on)?\s*[:\-–—]?\s*)?"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)}),?\s+)?"
_WEEKDAY_MENTION = re.compile(rf"\b({'|'.join(w.capitalize() for w in _WEEKDAYS)})\b")


def dateline_date(text: str) -> tuple[str | None, str | None]:
    """The publication date stated by a dateline near the top of `text`, and a note on any doubt.

    Only a line that is nothing but a date (with an optional label such as
    "Published:", a weekday and a time), a short page header, or a wire
    dateline opening the story ("Addis Ababa, Ethiopia, 12 November 2026 -")
    counts, so dates of events in the body are never taken for the publication date.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY, _NUMERIC):
            m = re.fullmatch(rf"{_LABEL}{_WEEKDAY_PREFIX}{pattern.pattern}{_TIME_TAIL}", line, re.I)
            if m:
                return _dateline_from_match(m, line, text)
    header = _page_header_date(lines)
    return header if header[0] else _story_dateline_date(lines)


# A wire dateline opening the story: a town, perhaps its country, the full date and a dash
# ("Addis Ababa, Ethiopia, 12 November 2026 – The Chairperson ...", "GENEVA, March 3, 2026 - ...").
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|es|de|del|la|le|el|al|da|do|di|of|upon|sur|am)){0,4}"
_STORY_DATELINE_PLACE = rf"{_PLACE_NAME}(?:,\s*{_PLACE_NAME})?,\s*"


def _story_dateline_date(lines: list[str]) -> tuple[str | None, str | None]:
    """The date of a wire dateline that opens the first long line of the story."""
    for line in lines:
        if len(line.split()) <= PAGE_HEADER_WORDS:
            continue
        for pattern in (_DAY_MONTH, _MONTH_DAY):
            # the place's capitals matter (no re.I): "The talks began in Vienna, Austria, 12 May 2026 - ..."
            m = re.match(rf"{_STORY_DATELINE_PLACE}(?i:{pattern.pattern})\s*(?:\([^)]{{1,30}}\)\s*)?[–—-]+\s", line)
            if m:
                day = _dateline_from_match(m, line, "")[0]
                return (day, "date read from the story's dateline") if day else (None, None)
        return None, None  # only the story's first line can carry its dateline
    return None, None


# What may precede the date in such a line: a label, "On", a clock time ("On 6:45 am June 17, 2026 | In News").
_HEADER_LEAD = rf"{_LABEL}(?:on\s+)?(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?,?\s+)?"


def _page_header_date(lines: list[str]) -> tuple[str | None, str | None]:
    """A full date set off by separators in a short header line above the story ("KYODO NEWS - Nov 13, 2025 -
    19:05 | World"); the first long line is the story, whose dates are events'."""
    for line in lines:
        if len(line.split()) > PAGE_HEADER_WORDS:
            break
        for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY):
            m = re.search(rf"(?:^|[|•·–—-]\s*){_HEADER_LEAD}{pattern.pattern}\s*(?:$|[|•·–—,-])", line, re.I)
            if m:
                day = _dateline_from_match(m, line, "")[0]
                if day:
                    return day, "date read from a page header line"
    return None, None


def _dateline_from_match(m: re.Match, line: str, text: str) -> tuple[str | None, str | None]:
    groups = m.groupdict()
    if groups.get("mon"):
        return _iso(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"])), None
    if "a" not in groups:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"])), None
    from kg.resolve.dates import resolve_dateline

    # A weekday printed in the dateline names the publication day; else every weekday the text mentions.
    weekdays = [m["wd"]] if m["wd"] else sorted({w.lower() for w in _WEEKDAY_MENTION.findall(text)})
    found, note = resolve_dateline(f"{m['a']}{m['sep']}{m['b']}{m['sep']}{m['y']}", weekdays)
    return found, note or None


# News URLs often carry the day in their path: "/world/live/2025/jun/17/...", "/2024/03/05/story".
_URL_DATE = re.compile(rf"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d?|{_MONTH_RE})[/-](?P<d>\d\d?)(?:[/-]|$)", re.I)
# ... or as one path segment of eight digits: "/pressreleases/20261112/title"
_URL_COMPACT_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:/|$)")


def url_date(url: str | None) -> str | None:
    """The ISO day in a news URL's path, else None (a year-month path alone is not a day)."""
    m = _URL_DATE.search(url or "") or _URL_COMPACT_DATE.search(urlsplit(url or "").path)
    if m is None:
        return None
    month = _MONTHS[m["m"].lower()] if m["m"].isalpha() else int(m["m"])
    return _iso(int(m["y"]), month, int(m["d"]))


# ---------------------------------------------------------------------------
# HTML


def _read_html(path: Path, html: str) -> list[Article | Skipped]:
    body, page_meta = extract_html(html)
    words = len(body.split())
    if words < MIN_HTML_BODY_WORDS:
        raise IngestError(f"HTML page has no article body ({words} words of main text found)")
    meta, notices = read_sidecar(path)
    extra = dict(meta.pop("extra", {}))
    merged = {**page_meta, **{k: v for k, v in meta.items() if v}}
    source = "meta" if meta.get("date_published") else "html"
    if meta.get("date_published"):
        merged.pop("date_note", None)
    article = _make_article(path.stem, body, str(path), merged, extra, meta_source=source)
    return [*notices, article]


@contextlib.contextmanager
def _quiet_logger(name: str) -> Iterator[None]:
    """Silence a library's log records for a moment (an unparseable page is reported as a Skipped)."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def extract_html(html: str) -> tuple[str, dict]:
    """Main text and metadata (title, date_published, url, outlet) of an HTML page, via trafilatura."""
    import trafilatura

    with _quiet_logger("trafilatura"), _quiet_logger("htmldate"):
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Only the page's own metadata dates, no guessing from the text or today's date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if doc is None:
        return "", {}
    body = clean_text(doc.text or "")
    raw = {"title": doc.title, "outlet": doc.sitename, "url": doc.url, "date_published": doc.date}
    meta, _ = validate_meta({k: v for k, v in raw.items() if v})
    meta.pop("extra", None)
    meta.pop("date_note", None)
    return body, meta


# ---------------------------------------------------------------------------
# JSON Lines


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(f"not a regular file ({_file_kind(st.st_mode)})")
        head = handle.read(SNIFF_BYTES)
        kind = binary_kind(head) or ("NUL bytes" if b"\x00" in head else None)
        if kind:
            raise IngestError(f"binary file ({kind}), not JSON Lines")
        if not head.strip():
            raise IngestError("empty file" if not head else "only whitespace, no text")
        handle.seek(0)
        lineno = records = 0
        while raw := handle.readline(max_bytes + 1):
            lineno += 1
            where = f"{path}:{lineno}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                records += 1
                yield Skipped(where, f"line too large: over the input limit of {_mb(max_bytes)}")
                continue
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            records += 1
            yield from parse_jsonl_line(raw, path, lineno)
    if not records:
        raise IngestError("no JSON Lines records (only blank lines)")


def parse_jsonl_line(raw: bytes, path: Path, lineno: int) -> list[Article | Skipped]:
    """One JSON Lines record as an article (plus notices), or a Skipped naming `FILE:LINE`."""
    where = f"{path}:{lineno}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return [Skipped(where, f"not valid UTF-8 (byte {err.start})")]
    except (ValueError, RecursionError) as err:
        return [Skipped(where, f"invalid JSON ({_short(err)})")]
    if not isinstance(record, dict):
        return [Skipped(where, f"not a JSON object but {type(record).__name__}")]
    text = record.get("text")
    if not isinstance(text, str):
        return [Skipped(where, "no 'text' string")]
    text = clean_text(text)
    if not text.strip():
        return [Skipped(where, "empty 'text'")]
    raw_id = record.get("id")
    valid_id = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool)
    # An id with no visible text (missing, empty, only controls) falls back to FILE-LINE.
    article_id = " ".join(clean_text(str(raw_id)).split()) if valid_id else ""
    article_id = article_id or f"{path.stem}-{lineno}"
    meta, problems = validate_meta(record)
    extra = meta.pop("extra", {})
    notices: list[Article | Skipped] = [Skipped(where, f"ignored {p}; article read without it", warning=True) for p in problems]
    return [*notices, _make_article(article_id, text, where, meta, extra, meta_source="meta")]
