"""Reading inputs: .txt articles, .json records, .jsonl corpora and folders of them.

``read_inputs`` yields an ``Article`` per good record and an ``InputError`` per bad one
(an ``InputWarning`` when the record is kept but something in it was ignored), so one
broken file never stops a corpus. JSON Lines are streamed line by line, each line read
with a bounded buffer, so memory stays flat whatever the file holds.

The rules, each tested in ``tests/test_sources.py``:

- Encodings: UTF-8 (with or without BOM; valid UTF-8 is always read as UTF-8), UTF-16/32
  with BOM, UTF-16 without BOM when it reads as text, ISO-2022-KR, CP949/EUC-KR (tried
  strictly after UTF-8 and accepted only when the result is mostly Hangul), then
  charset-normalizer's best guess among cp1252, Johab, Shift-JIS, EUC-JP, GB18030 and Big5
  if that reads as text. Anything else, and binary files (images, PDF, HWP/Office,
  archives, NUL bytes, control characters), are refused.
- Control characters, lone surrogates and non-characters in accepted text (they would make
  XML exports invalid) are replaced by a space, so offsets still match the input.
- Sizes: an article's text may be at most ``MAX_ARTICLE_BYTES`` (1 MB of UTF-8, about
  50 times a long news article); larger ones are refused, never truncated. A ``.json``
  file may be at most ``MAX_JSON_FILE_BYTES``; a ``.jsonl`` line longer than
  ``8 * MAX_ARTICLE_BYTES`` is skipped without being held in memory.
- Empty files, whitespace-only text, records without a string ``text``, ``id`` that is
  not a string or whole number: refused. A ``.json`` file may hold one record or an array.
- ``published`` that is not a date (``2019-04-20``, ``2019.04.20``, ``2019/4/20``,
  ``2019년 4월 20일``, ISO date-times), or a date outside ``PUBLISHED_YEARS`` (``0001-01-01``
  is a placeholder, not a date): a warning; the ``--published`` date is used instead. A
  date-time with a zone other than Korea's is read as the day it was in Korea.
  ``url``/``title``/``publisher`` that are not strings: a warning; ignored. A record without
  ``published``/``url``/``publisher``/``title`` is read under other tools' names for them
  (``published_at``, ``pubDate`` as RSS writes it, ``date``, ``일자``; ``originallink``,
  ``link``; ``provider``, ``언론사``; ``headline``, ``제목``).
- A record's title that its text does not hold opens the text (as for tables): a signing
  told only in the headline is read, and offsets index the text so opened.
- Duplicate ids in one run: the later record wins (its graph replaces the earlier one) and
  a warning names both places.
- Folders are walked in sorted order; hidden files and folders (``.name``) are skipped,
  and so are files other than ``.txt``/``.json``/``.jsonl``. A file named explicitly is
  read as a plain-text article whatever its suffix, unless it is ``.json``/``.jsonl``.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import email.utils
import io
import json
import os
import re
import sqlite3
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlsplit, urlunsplit

from .datelines import english_month
from .errors import InputError, InputWarning
from .model import Article

SUFFIXES = {".txt", ".json", ".jsonl", ".csv", ".tsv", ".xlsx"}
MAX_ARTICLE_BYTES = 1_000_000
MAX_JSON_FILE_BYTES = 64_000_000
MAX_ID_CHARS = 256
NO_RECORDS = "no records (only blank lines)"
# a publication date outside these years is a placeholder or a typo (and dates such as
# "20일" are resolved against it: year 0 would end the article's extraction)
PUBLISHED_YEARS = range(1800, 2201)

Item = Article | InputError


def read_inputs(paths: Iterable[Path], *, published: dt.date | None = None,
                max_bytes: int = MAX_ARTICLE_BYTES, columns: Columns | None = None
                ) -> Iterator[Item]:
    """Every article found under ``paths``, in a stable order; problems yielded, not raised.
    ``columns``: which columns of a .csv/.tsv/.xlsx table hold what (default: by header)."""
    seen = SeenIds()
    for path in paths:
        for item in _read_path(Path(path), published, max_bytes, columns or Columns()):
            if isinstance(item, Article):
                earlier = seen.remember(item.id, item.source)
                if earlier is not None:
                    yield duplicate_warning(item.id, item.source, earlier)
            yield item


def duplicate_warning(ident: str, where: str, earlier: str) -> InputWarning:
    return InputWarning(where, f"duplicate id {ident!r} (also at {earlier}); "
                        "this later record wins")


class SeenIds:
    """The ids read so far in a run and where each was last read (for the duplicate
    warning). A dict; past ``in_memory`` ids it moves to a private temporary SQLite
    database on disk, so memory stays flat on a corpus of millions."""

    def __init__(self, in_memory: int = 100_000) -> None:
        self._limit = in_memory
        self._memory: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None

    def remember(self, ident: str, where: str) -> str | None:
        """Record ``ident`` as read at ``where``; the place it was read before, if any."""
        if self._db is None:
            earlier = self._memory.get(ident)
            self._memory[ident] = where
            if len(self._memory) > self._limit:
                self._spill()
            return earlier
        row = self._db.execute("SELECT place FROM seen WHERE id = ?", (ident,)).fetchone()
        self._db.execute("INSERT OR REPLACE INTO seen VALUES (?, ?)", (ident, where))
        return row[0] if row else None

    def _spill(self) -> None:
        self._db = sqlite3.connect("")  # "": a temporary database on disk, gone when closed
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, place TEXT NOT NULL)")
        self._db.executemany("INSERT INTO seen VALUES (?, ?)", self._memory.items())
        self._memory = {}


def _read_path(path: Path, published: dt.date | None, max_bytes: int,
               columns: Columns) -> Iterator[Item]:
    for file_or_problem in files_of(path):
        if isinstance(file_or_problem, InputError):
            yield file_or_problem
        else:
            yield from read_file(file_or_problem, published, max_bytes, columns)


def files_of(path: Path) -> Iterator[Path | InputError]:
    """The files ``read_inputs`` reads for the input ``path``, in its order, and the
    problems met finding them (a cluster run reads each file on a worker)."""
    if path.is_dir():
        found = False
        skipped: _Skipped | None = None
        for file_or_problem in _walk(path):
            if isinstance(file_or_problem, _Skipped):
                skipped = file_or_problem
            else:
                found = found or isinstance(file_or_problem, Path)
                yield file_or_problem
        if not found:
            also = f" (only {skipped.kinds})" if skipped else ""
            yield InputError(str(path), f"folder holds no {_KINDS} files{also}")
        elif skipped is not None:
            yield skipped
    elif path.is_file():
        yield path
    elif path.exists():
        yield InputError(str(path), f"{_file_kind(path)}, not a regular file or folder; skipped")
    else:
        yield InputError(str(path), "no such file or folder")


def input_files(folder: Path) -> Iterator[Path]:
    """The files ``read_inputs`` reads under ``folder``, in its order (for counting)."""
    return (item for item in _walk(Path(folder)) if isinstance(item, Path))


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Input files under ``folder``, sorted; hidden entries and symlinked folders skipped."""
    def unreadable(exc: OSError) -> None:
        problems.append(InputError(str(exc.filename), f"cannot read folder ({exc.strerror})"))

    problems: list[InputError] = []
    skipped: Counter[str] = Counter()
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        yield from problems
        problems.clear()
        # a mougraph store (an output folder inside the input folder) holds no articles
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (Path(root) / d / "articles.db").is_file())
        for name in sorted(files):
            if name.startswith("."):
                continue
            kind = _file_kind(Path(root) / name)
            if kind != "a regular file":  # a FIFO would block the run forever
                yield InputError(str(Path(root) / name), f"{kind}, not a regular file; skipped")
            elif Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name
            else:
                skipped[Path(name).suffix.lower() or "(no suffix)"] += 1
    yield from problems
    if skipped:
        yield _skipped(folder, skipped)


_KINDS = ".txt, .json, .jsonl, .csv, .tsv or .xlsx"


class _Skipped(InputWarning):
    """The files of a folder that are not read (one warning per folder)."""

    kinds = ""  # "2 .html, 1 .md"


def _skipped(folder: Path, skipped: Counter[str]) -> InputWarning:
    """One line for every file of a folder that is not read: how many, of which types."""
    total = sum(skipped.values())
    kinds = ", ".join(f"{n} {suffix}" for suffix, n in
                      sorted(skipped.items(), key=lambda item: (-item[1], item[0])))
    files = "file" if total == 1 else "files"
    warning = _Skipped(str(folder), f"skipped {total} {files} that mougraph does not read "
                       f"({kinds}; it reads {_KINDS})")
    warning.kinds = kinds
    return warning


def _file_kind(path: Path) -> str:
    """What ``path`` is: only regular files are read (a FIFO or a device could block or
    never end); a name that cannot be looked at is left to the reader's own error."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a regular file"  # a broken link: reading it says why
    kinds = [(stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a folder"),
             (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]
    return next((name for test, name in kinds if test(mode)), "a special file")


def _open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading, refused (OSError) unless it is a regular file: opened
    without blocking, so a FIFO put there since the folder was listed cannot hang the run."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{_file_kind(path)}, not a regular file")
    return os.fdopen(fd, "rb")


def read_file(path: Path, published: dt.date | None, max_bytes: int = MAX_ARTICLE_BYTES,
              columns: Columns | None = None, *, where: str | None = None) -> Iterator[Item]:
    """The items of one input file; ``where`` names it in messages (default: ``path``)."""
    suffix = path.suffix.lower()
    where = str(path) if where is None else where
    if suffix in TABLE_READERS:
        yield from _read_table(path, published, max_bytes, columns or Columns(), where)
        return
    try:
        if suffix == ".jsonl":
            with _open_regular(path) as stream:
                yield from _read_jsonl(stream, where, published, max_bytes)
            return
        limit = MAX_JSON_FILE_BYTES if suffix == ".json" else max_bytes
        size = path.stat().st_size
        if size > limit:
            hint = "; use .jsonl for big corpora" if suffix == ".json" else ""
            yield InputError(where, f"too large ({_mb(size)}; the limit is {_mb(limit)} "
                             f"per {'file' if suffix == '.json' else 'article'}{hint})")
            return
        with _open_regular(path) as stream:
            data = stream.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        yield InputError(where, f"cannot read ({exc.strerror or exc})")
        return
    try:
        text = decode(data, where)
    except InputError as problem:
        yield problem
        return
    if suffix == ".json":
        yield from _read_json(text, where, published, max_bytes, default_id=path.stem)
        return
    if len(data) > max_bytes:
        yield InputError(where, f"too large (over {_mb(max_bytes)}; the limit per article)")
        return
    try:
        yield _checked(Article(id=_clean_id(path.stem), text=text, published=published,
                               source=where), max_bytes)
    except InputError as problem:
        yield problem


def _parse_json(text: str, where: str, *, with_line: bool) -> Any:
    """``json.loads`` with every way it fails turned into one InputError (a .jsonl line
    names its line in ``where`` already, so only the column is given there)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
        raise InputError(where, f"broken JSON ({exc.msg} at {at})") from None
    except RecursionError:
        raise InputError(where, "unreadable JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. a number too long to convert
        raise InputError(where, f"unreadable JSON ({_short(exc)})") from None


def _read_json(text: str, where: str, published: dt.date | None, max_bytes: int,
               default_id: str) -> Iterator[Item]:
    try:
        value = _parse_json(text, where, with_line=True)
    except InputError as problem:
        yield problem
        return
    if isinstance(value, list):
        if not value:
            yield InputError(where, "empty JSON array: no records")
        for index, record in enumerate(value):
            yield from _record(record, f"{where}[{index}]", published, max_bytes, None)
    else:
        yield from _record(value, where, published, max_bytes, default_id)


def _read_jsonl(stream: IO[bytes], where: str, published: dt.date | None,
                max_bytes: int) -> Iterator[Item]:
    head = stream.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield InputError(where, "UTF-16 .jsonl is not supported; save it as UTF-8")
        return
    stream.seek(0)
    records = yield from jsonl_records(stream, where, published, max_bytes)
    if not records:
        yield InputError(where, "empty file" if not head else NO_RECORDS)


def jsonl_records(stream: IO[bytes], where: str, published: dt.date | None,
                  max_bytes: int = MAX_ARTICLE_BYTES, *, first_line: int = 1
                  ) -> Generator[Item, None, int]:
    """The items of JSON Lines read from ``stream`` (whose first line is line ``first_line``
    of ``where``); returns how many records (non-blank lines) it held."""
    records = 0
    for number, raw in _bounded_lines(stream, 8 * max_bytes, first_line):
        here = f"{where}:{number}"
        if isinstance(raw, int):
            yield InputError(here, f"record too large ({_mb(raw)}; the limit is "
                             f"{_mb(max_bytes)} per article)")
            continue
        if not raw.strip():
            continue  # blank lines separate nothing in JSON Lines; skipping them is harmless
        records += 1
        try:
            record = _parse_json(decode(raw, here).rstrip("\r\n"), here, with_line=False)
        except InputError as problem:
            yield problem
            continue
        yield from _record(record, here, published, max_bytes, None)
    return records


def _bounded_lines(stream: IO[bytes], limit: int, first: int = 1
                   ) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; (line number, size) for a line over ``limit`` bytes,
    which is skipped in chunks rather than read whole."""
    number = first - 1
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while True:
                chunk = stream.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, size
        else:
            yield number, raw


# --- records ----------------------------------------------------------------------------

def _record(record: object, where: str, published: dt.date | None, max_bytes: int,
            default_id: str | None) -> Iterator[Item]:
    warnings: list[InputWarning] = []
    try:
        article = record_to_article(record, where, published, default_id, warnings=warnings)
        article = _checked(article, max_bytes)
    except InputError as problem:
        yield problem
        return
    yield from warnings
    yield article


def record_to_article(record: object, where: str, published: dt.date | None = None,
                      default_id: str | None = None, *,
                      warnings: list[InputWarning] | None = None) -> Article:
    """A JSON record as an ``Article``; raises ``InputError`` when it cannot be one and
    appends an ``InputWarning`` to ``warnings`` for each field it ignores."""
    warnings = [] if warnings is None else warnings
    if not isinstance(record, dict):
        raise InputError(where, f"a record must be a JSON object, not {_json_type(record)}")
    record = _named_fields(record)
    if "text" not in record:
        keys = ", ".join(sorted(map(str, record))[:8]) or "none"
        raise InputError(where, f"record has no 'text' (its keys: {keys})")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(where, f"'text' must be a string, not {_json_type(text)}")
    ident = record.get("id")
    ident = default_id if ident is None else ident
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        if ident is None:
            raise InputError(where, "record has no 'id'")
        raise InputError(where, f"'id' must be a string or a whole number, "
                         f"not {_json_type(ident)}")
    ident = _clean_id(str(ident))
    if not ident:
        raise InputError(where, "'id' is empty")
    if len(ident) > MAX_ID_CHARS:
        raise InputError(where, f"'id' is too long ({len(ident)} characters; "
                         f"the limit is {MAX_ID_CHARS})")
    date = published
    raw_date = record.get("published")
    if raw_date not in (None, ""):
        parsed = parse_date(raw_date)
        fallback = f"; using {published.isoformat()}" if published else ""
        if parsed is None:
            warnings.append(InputWarning(where, f"'published' {_short(raw_date)} is not a "
                                         f"date; ignored{fallback}"))
        elif parsed.year not in PUBLISHED_YEARS:
            warnings.append(InputWarning(
                where, f"'published' {_short(raw_date)} is not a plausible publication date "
                f"(years {PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[-1]}); ignored{fallback}"))
        else:
            date = parsed
    url = _optional_text(record, "url", where, warnings)
    if url is not None and clean_url(url) is None:
        warnings.append(InputWarning(where, f"'url' {_short(url)} has no valid host; ignored"))
    title = _optional_text(record, "title", where, warnings)
    return Article(
        id=ident, text=with_title(clean_text(text), title), published=date, source=where,
        url=clean_url(url) if url else None, title=title,
        publisher=_optional_text(record, "publisher", where, warnings),
    )


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def with_title(text: str, title: str | None) -> str:
    """The text, opened by the record's title when the text does not hold it (a body without
    its headline, as exports and news APIs give it): as on the article's page and as for
    tables, so a signing told only in the headline is read and its offsets index the text."""
    if not title or not text.strip():
        return text
    head = _letters(title)[:20]
    if not head or head in _letters(text):
        return text
    return f"{title}\n\n{text}"


# keys a JSON record from another tool may give a field under: BigKinds' published_at,
# provider and provider_link_page, a news API's pubDate and originallink (the text and the id
# are read under their own names only)
_RECORD_KEYS: dict[str, tuple[str, ...]] = {
    "published": ("publishedat", "datepublished", "pubdate", "date", "publicationdate",
                  "datetime", "일자", "날짜", "발행일", "보도일", "입력일", "등록일", "게재일"),
    "title": ("headline", "제목", "기사제목"),
    "publisher": ("provider", "media", "press", "언론사", "매체", "신문사"),
    "url": ("originallink", "link", "providerlinkpage", "링크"),
}


def _named_fields(record: dict[str, object]) -> dict[str, object]:
    """``record`` with each field it lacks under its own name taken from the first key
    another tool gives it under (compared without case, spaces or underscores)."""
    missing = [f for f in _RECORD_KEYS if record.get(f) in (None, "")]
    if not missing:
        return record
    keys = {_header_key(k): k for k in reversed(list(record))}
    found = dict(record)
    for name in missing:
        key = next((keys[k] for k in _RECORD_KEYS[name] if k in keys
                    and record[keys[k]] not in (None, "")), None)
        if key is not None:
            found[name] = record[key]
    return found


def _checked(article: Article, max_bytes: int) -> Article:
    if not article.text:
        raise InputError(article.source, "empty text")
    if not article.text.strip():
        raise InputError(article.source, "empty text (whitespace only)")
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(article.source, f"too large ({_mb(size)} of text; the limit is "
                         f"{_mb(max_bytes)} per article)")
    return article


def _optional_text(record: dict[str, object], key: str, where: str,
                   warnings: list[InputWarning]) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        warnings.append(InputWarning(where, f"{key!r} is {_json_type(value)}, not a "
                                     "string; ignored"))
        return None
    return " ".join(clean_text(value).split()) or None


# --- URLs -------------------------------------------------------------------------------

_HOST = re.compile(r"[A-Za-z0-9.-]+(:\d{1,5})?")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_IRI_UNSAFE_ASCII = set(' "<>[]\\^`{|}') | {chr(c) for c in range(0x20)} | {"\x7f"}


def clean_url(value: str) -> str | None:
    """An http(s) URL made a valid IRI: what an IRI cannot hold (spaces, quotes, a second
    '#', a '%' that starts no escape, invisible characters) percent-encoded, Hangul kept
    readable, the host in ASCII. None for an http(s) URL whose host is not a host name.
    Anything else (``javascript:``, a relative path) is returned as it is: it is then
    kept as text, never as a link."""
    text = value.strip()
    if not re.match(r"(?i)https?://", text):
        return text
    try:
        parts = urlsplit(text)
        host = parts.netloc if parts.netloc.isascii() else \
            parts.netloc.encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return None
    if not _HOST.fullmatch(host):
        return None
    path, query, fragment = (_iri_part(_BAD_PERCENT.sub("%25", part))
                             for part in (parts.path, parts.query, parts.fragment))
    return urlunsplit((parts.scheme.lower(), host, path, query, fragment.replace("#", "%23")))


def _iri_part(part: str) -> str:
    return "".join(quote(ch, safe="") if ch in _IRI_UNSAFE_ASCII or (
        not ch.isascii() and (not _ucschar(ord(ch)) or unicodedata.category(ch)[0] in "CZ"))
        else ch for ch in part)


def _ucschar(code: int) -> bool:
    """RFC 3987 ``ucschar``: the non-ASCII characters an IRI may hold unescaped."""
    return (0xA0 <= code <= 0xD7FF or 0xF900 <= code <= 0xFDCF or 0xFDF0 <= code <= 0xFFEF
            or (0x10000 <= code <= 0xEFFFD and code & 0xFFFF <= 0xFFFD
                and not 0xE0000 <= code <= 0xE0FFF))


# --- dates ------------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?!\d)")


def parse_date(value: object) -> dt.date | None:
    """The calendar date at the start of ``value`` (ISO, ``2019.04.20``, ``2019/4/20``,
    ``2019년 4월 20일``, ``20190420``, optionally followed by a time); None otherwise.
    A time with a zone other than Korea's is the day it was in Korea, where the news was
    written ("2019-05-21T16:00:00Z" and "Tue, 21 May 2019 16:00:00 GMT" are 22 May)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if korean := _korean_day(text):
        return korean
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return _english_date(text)
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


_KOREA = dt.timezone(dt.timedelta(hours=9))
# an ISO time with its zone: "2019-05-21T16:00:00Z", "2019-05-21 16:00:00.000+00:00"
_ZONED_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})$")
# RFC 2822, as RSS writes it: "Tue, 21 May 2019 16:00:00 GMT", "… +0000"
_ZONED_RFC = re.compile(r"(?:[A-Za-z]{3},\s)?\d{1,2}\s[A-Za-z]{3}\s\d{4}\s\d{2}:\d{2}(?::\d{2})?\s"
                        r"(?:GMT|UTC|UT|Z|[+-]\d{4})$")


def _korean_day(text: str) -> dt.date | None:
    """The day in Korea of a time given with its zone, else None."""
    try:
        if _ZONED_ISO.match(text):
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        elif _ZONED_RFC.match(text):
            moment = email.utils.parsedate_to_datetime(text)
        else:
            return None
    except (ValueError, TypeError, IndexError):
        return None
    return moment.astimezone(_KOREA).date() if moment.tzinfo else None


# "Wed, 22 May 2019 10:31:00 +0900" (RSS pubDate), "22 May 2019", "May 22, 2019 10:31"
_ENGLISH_DATE = re.compile(
    r"(?:[A-Za-z]{3,9},?\s+)?(?:(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?"
    r"|(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?)\s+(?P<y>\d{4})(?!\d)")


def _english_date(text: str) -> dt.date | None:
    match = _ENGLISH_DATE.match(text)
    if not match:
        return None
    month = english_month(match["mon"] or match["mon2"])
    if month is None:
        return None
    try:
        return dt.date(int(match["y"]), month, int(match["d"] or match["d2"]))
    except ValueError:
        return None


# --- decoding ---------------------------------------------------------------------------

# (magic bytes, what the file is): refused with that name rather than "not text"
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, .docx or .hwpx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "HWP or MS Office document"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
]
_BOMS = [  # longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_GUESSABLE = ["cp1252", "johab", "shift_jis", "euc_jp", "gb18030", "big5"]
_ISO2022_KR = b"\x1b$)C"  # announces ISO-2022-KR (old Korean e-mail), 7-bit so valid UTF-8
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd-\uffff]")


def decode(data: bytes, where: str) -> str:
    """The text in ``data``, whatever its encoding among those a Korean archive uses;
    ``InputError`` naming the reason when it is not text."""
    if not data:
        raise InputError(where, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _as_text(data[len(bom):].decode(codec), where)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"broken {codec.upper()} text (byte "
                                 f"{exc.start + len(bom)})") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"binary file ({kind}), not text")
    if b"\x00" in data:
        return _as_text(_utf16_without_bom(data, where), where)
    if _ISO2022_KR in data[:1024]:
        try:
            return _as_text(data.decode("iso2022_kr"), where)
        except UnicodeDecodeError:
            pass
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    # valid UTF-8 is UTF-8: a CP949 text is valid UTF-8 by accident only when it is one
    # or two syllables long (each pair must read as a 2-byte sequence), never an article;
    # such a reading may hold C1 controls ("혖" is C2 81, U+0081), which no real text has
    if utf8 is not None and not _C1_CONTROLS.search(utf8):
        return _as_text(utf8, where)
    try:
        korean = data.decode("cp949")
    except UnicodeDecodeError:
        korean = None
    if korean is not None and _mostly_hangul(korean):
        return _as_text(korean, where)
    if utf8 is not None:
        return _as_text(utf8, where)
    # on a few bytes charset-normalizer's guess is noise (it reads CP949 '·' as Johab '몫')
    guess = _charset_normalizer_guess(data) if len(data) >= 16 else None
    if guess is not None and _text_ratio(guess) >= 0.95:
        return _as_text(guess, where)
    if korean is not None and _text_ratio(korean) >= 0.99:
        return _as_text(korean, where)  # strict CP949 is the best reading left
    raise InputError(where, "not text in a known encoding (tried UTF-8, UTF-16, CP949/EUC-KR "
                     "and others)")


def _utf16_without_bom(data: bytes, where: str) -> str:
    """NUL bytes: binary, unless the data reads as UTF-16 text (Windows tools omit the BOM)."""
    if len(data) % 2 == 0:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _text_ratio(text) >= 0.98 and _readable_ratio(text) >= 0.9:
                return text
    raise InputError(where, "binary data (NUL bytes), not text")


def _as_text(text: str, where: str) -> str:
    if _text_ratio(text) < 0.99:
        raise InputError(where, "binary data (control characters), not text")
    return clean_text(text)


def clean_text(text: str) -> str:
    """``text`` with characters no serialisation can carry (C0 controls other than tab and
    line breaks, lone surrogates, U+FFFE/U+FFFF) replaced by a space: offsets are kept."""
    return _BAD_CHARS.sub(" ", text)


def _clean_id(ident: str) -> str:
    return " ".join(clean_text(ident).split())


def _text_ratio(text: str) -> float:
    """Share of characters that belong in text (not controls, private use, U+FFFD)."""
    if not text:
        return 1.0
    return 1 - len(_NOT_TEXT.findall(text)) / len(text)


def _readable_ratio(text: str) -> float:
    """Share of Hangul, ASCII and whitespace: what a Korean article is mostly made of."""
    if not text:
        return 1.0
    return sum(1 for ch in text if ch < "\x7f" or _is_hangul(ch) or ch.isspace()) / len(text)


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def _mostly_hangul(text: str) -> bool:
    """A CP949 reading is believed when most of its non-ASCII characters are Hangul (random
    bytes decode to rare Hanja and symbols) and it holds no control characters."""
    non_ascii = [ch for ch in text if ch >= "\x80"]
    if not non_ascii or _text_ratio(text) < 0.99:
        return False
    return sum(map(_is_hangul, non_ascii)) / len(non_ascii) >= 0.6


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # its unrestricted guess is often a wrong neighbour (cp1257 for French, cp1250, …):
    # choose among the encodings a Korean news archive actually meets
    best = from_bytes(data[:200_000], cp_isolation=_GUESSABLE).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# --- small helpers ----------------------------------------------------------------------

def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(value: object, limit: int = 40) -> str:
    """A value for a message: strings quoted, exceptions by their message, cut to ``limit``."""
    text = str(value) if isinstance(value, BaseException) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- tables: .csv, .tsv and .xlsx (BigKinds exports) --------------------------------------

FIELDS = ("text", "id", "title", "published", "publisher", "url")
# header names each field is found under when no column is named: compared without case,
# spaces or underscores; BigKinds (한국언론진흥재단) exports use the Korean ones
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "본문", "기사본문", "내용", "기사"),
    "id": ("id", "뉴스식별자", "identifier", "식별자", "docid", "articleid", "newsid"),
    "title": ("title", "headline", "제목", "기사제목"),
    "published": ("published", "date", "datepublished", "pubdate", "일자", "날짜", "발행일",
                  "보도일"),
    "publisher": ("publisher", "media", "press", "언론사", "매체", "신문사"),
    "url": ("url", "link", "링크"),
}


@dataclass(frozen=True)
class Columns:
    """The table column each article field is read from, by header name; None: the first
    column whose header is one of ``COLUMN_NAMES[field]``."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None


def _header_key(name: object) -> str:
    return re.sub(r"[\s_\-]+", "", str(name or "")).lower()


def _columns(header: list[str], wanted: Columns, where: str) -> dict[str, int]:
    """Field -> column index; ``InputError`` naming the columns when a named one is absent
    or no column could hold the text."""
    keys = [_header_key(h) for h in header]
    shown = ", ".join(h for h in header if h) or "none"
    found: dict[str, int] = {}
    for field in FIELDS:
        named = getattr(wanted, field)
        if named is not None:
            if _header_key(named) not in keys:
                raise InputError(where, f"no column {named!r} (--{field}-column; the columns "
                                 f"are: {shown})")
            found[field] = keys.index(_header_key(named))
            continue
        for candidate in COLUMN_NAMES[field]:
            if candidate in keys:
                found[field] = keys.index(candidate)
                break
    if "text" not in found:
        raise InputError(where, f"no column that could hold the article text (columns: "
                         f"{shown}); name it with --text-column")
    return found


def _cell_text(value: object) -> str:
    """A spreadsheet cell as text: dates as ISO dates, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_rows(path: Path, where: str) -> Iterator[list[str]]:
    size = path.stat().st_size
    if size > MAX_JSON_FILE_BYTES:
        raise InputError(where, f"too large ({_mb(size)}; the limit is "
                         f"{_mb(MAX_JSON_FILE_BYTES)} per table; use .jsonl for big corpora)")
    text = decode(path.read_bytes(), where)  # CP949 from Korean Excel, UTF-8 with BOM, …
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(max(csv.field_size_limit(), 8 * MAX_ARTICLE_BYTES))  # long bodies
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as exc:
        raise InputError(where, f"broken {path.suffix.lower()[1:].upper()} ({exc})") from None


def _xlsx_rows(path: Path, where: str) -> Iterator[list[str]]:
    """The first sheet's rows (openpyxl, read-only: rows stream, memory stays small)."""
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise InputError(where, f"not a readable .xlsx workbook ({_short(exc, 60)})") from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell_text(value) for value in row]
    finally:
        book.close()


TABLE_READERS: dict[str, Callable[[Path, str], Iterator[list[str]]]] = {
    ".csv": _csv_rows, ".tsv": _csv_rows, ".xlsx": _xlsx_rows}


def _read_table(path: Path, published: dt.date | None, max_bytes: int,
                columns: Columns, where: str) -> Iterator[Item]:
    """One article per row of a table with a header row; rows without text are reported
    together in one line."""
    try:
        rows = TABLE_READERS[path.suffix.lower()](path, where)
        header: list[str] | None = None
        empty: list[int] = []
        for number, row in enumerate(rows, start=1):
            if header is None:
                if any(cell.strip() for cell in row):
                    header, found = row, _columns(row, columns, where)
                continue
            if not any(cell.strip() for cell in row):
                continue
            record = {field: row[i] if i < len(row) else "" for field, i in found.items()}
            if not record["text"].strip():
                empty.append(number)
                continue
            yield from _table_record(record, f"{where}:{number}", path.stem, number,
                                     published, max_bytes)
    except InputError as problem:
        yield problem
        return
    except OSError as exc:
        yield InputError(where, f"cannot read ({exc.strerror or exc})")
        return
    if header is None:
        yield InputError(where, "empty table (no header row)")
    elif empty:
        shown = ", ".join(map(str, empty[:5])) + (", …" if len(empty) > 5 else "")
        what = "rows" if len(empty) > 1 else "row"
        yield InputError(where, f"{len(empty)} {what} without "
                         f"{header[found['text']] or 'text'} skipped ({what} {shown})")


def _table_record(record: dict[str, str], where: str, stem: str, number: int,
                  published: dt.date | None, max_bytes: int) -> Iterator[Item]:
    """A table row as a JSON-like record: the title opens the text (as in an article's
    page), the id defaults to FILE-ROW."""
    body, title = record["text"].strip(), record.get("title", "").strip()
    if title and not body.startswith(title):
        record["text"] = f"{title}\n\n{body}"
    data: dict[str, object] = {k: v for k, v in record.items() if v.strip()}
    data.setdefault("id", f"{stem}-{number}")
    yield from _record(data, where, published, max_bytes, None)
