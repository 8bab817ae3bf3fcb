"""Reading a file to import: a regular file of bounded size, UTF-8 text, valid Unicode.

Import files come from anywhere (another program, a download, a crafted file): a device such as
/dev/zero, a named pipe or a huge file is refused before anything is read, and text that Python
accepts but a database cannot store (a lone surrogate in a JSON string) is refused with the
place where it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wellness_journal.core.errors import ImportFileError
from wellness_journal.storage.fsutil import TOO_LARGE, FileRefused, read_regular_file

MAX_IMPORT_BYTES = 512 * 1024 * 1024


def read_import_text(path: Path) -> str:
    """The file's text; raises ImportFileError saying what is wrong with it."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        if exc.reason == TOO_LARGE:
            limit = MAX_IMPORT_BYTES // (1024 * 1024)
            raise ImportFileError(f"{path.name} is larger than {limit} MB") from None
        raise ImportFileError(
            f"{path.name} is not a regular file (a device, a pipe or a folder)"
        ) from None
    except OSError as exc:
        raise ImportFileError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            f"{path.name} is not UTF-8 text (line {line}, byte {exc.start})", where=f"line {line}"
        ) from exc


def parse_json(text: str, name: str, *, kind: str = "") -> Any:
    """The JSON document in ``text``, read from the file ``name``, with only valid Unicode in
    it; raises ImportFileError saying where it is wrong. ``kind``: what the file is meant to be
    ("an export"), for the message when it is nested too deeply."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"{name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            where=f"line {exc.lineno}",
        ) from exc
    except RecursionError:
        raise ImportFileError(f"{name} is nested too deeply to be {kind or 'read'}") from None
    check_unicode(document, name)
    return document


def check_unicode(document: Any, name: str) -> None:
    """Refuse a parsed JSON document holding a string that is not valid Unicode (JSON's \\ud800
    escapes can make lone surrogates, which cannot be stored)."""
    for path, text in _strings(document):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            where = " ".join(f"item {p + 1}" if isinstance(p, int) else repr(p) for p in path)
            raise ImportFileError(
                f"{name} holds text that is not valid Unicode (a lone surrogate) at {where}",
                where=where,
            ) from None


def _strings(document: Any) -> Iterator[tuple[list[str | int], str]]:
    """Every string in a JSON document (keys too) with where it is; no recursion, so depth does
    not matter."""
    stack: list[tuple[list[str | int], Any]] = [([], document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield [*path, key], key
                stack.append(([*path, key], item))
        elif isinstance(value, list):
            stack.extend(([*path, i], item) for i, item in enumerate(value))
