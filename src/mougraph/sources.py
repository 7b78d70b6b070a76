"""Reading inputs: .txt articles, .json records, .jsonl corpora and folders of them.

``read_inputs`` yields an ``Article`` per good record and an ``InputError`` per bad one,
so one broken file never stops a corpus. JSON Lines are streamed line by line.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Article

SUFFIXES = {".txt", ".json", ".jsonl"}


def read_inputs(paths: Iterable[Path], *, published: dt.date | None = None
                ) -> Iterator[Article | InputError]:
    """Every article found under ``paths``, in a stable order; problems yielded, not raised."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            if not files:
                yield InputError(str(path), "folder holds no .txt, .json or .jsonl files")
            for file in files:
                yield from _read_file(file, published)
        elif path.exists():
            yield from _read_file(path, published)
        else:
            yield InputError(str(path), "no such file or folder")


def _read_file(path: Path, published: dt.date | None) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, published)
        return
    try:
        text = decode(path.read_bytes(), str(path))
    except InputError as problem:
        yield problem
        return
    if suffix == ".json":
        try:
            yield record_to_article(json.loads(text), str(path), published, default_id=path.stem)
        except json.JSONDecodeError as exc:
            yield InputError(str(path), f"broken JSON ({exc.msg} at line {exc.lineno})")
        except InputError as problem:
            yield problem
    else:
        try:
            yield _checked(Article(id=path.stem, text=text, published=published,
                                   source=str(path)))
        except InputError as problem:
            yield problem


def _read_jsonl(path: Path, published: dt.date | None) -> Iterator[Article | InputError]:
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw, where))
                yield record_to_article(record, where, published)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"broken JSON ({exc.msg})")
            except InputError as problem:
                yield problem


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM); anything else is refused with the reason."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 text (byte {exc.start})") from None


def record_to_article(record: object, where: str, published: dt.date | None = None,
                      default_id: str | None = None) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, "a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "record has no 'text'")
    ident = record.get("id", default_id)
    if ident is None or str(ident).strip() == "":
        raise InputError(where, "record has no 'id'")
    date = _parse_date(record.get("published")) or published
    return _checked(Article(
        id=str(ident).strip(), text=text, url=_str_or_none(record.get("url")),
        title=_str_or_none(record.get("title")), published=date,
        publisher=_str_or_none(record.get("publisher")), source=where,
    ))


def _checked(article: Article) -> Article:
    if not article.text.strip():
        raise InputError(article.source, "empty text")
    return article


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
