"""Hostile import files: hypothesis-generated export documents (the format of services/exchange.py)
and raw bytes. Each import either succeeds (and importing it again adds nothing) or fails with a
clear ImportFileError and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from wellness_journal.core.errors import ImportFileError
from wellness_journal.services import exchange
from wellness_journal.ui.messages import error_text

ODD_TEXT = ["\ud800", "a\udfffb", "\x00", "nul \x00 inside", "", " ", "🚓" * 50, "x" * 300]
text = st.one_of(st.text(max_size=40), st.sampled_from(ODD_TEXT))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**70),
    st.floats(allow_nan=False),
    text,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=10,
)
# Mostly well-formed, with hostile values mixed in, so both outcomes are exercised.
uids = st.one_of(st.uuids().map(str), st.uuids().map(str), text, json_values)
kinds = st.one_of(
    st.sampled_from(["crisis", "personal"]), st.sampled_from(["Personal", ""]), scalars
)
contact = st.fixed_dictionaries(
    {
        "uid": uids,
        "kind": kinds,
        "name": st.one_of(st.text(min_size=1, max_size=30), text, scalars),
    },
    optional={
        "role": text,
        "phone": st.one_of(st.text(max_size=20), scalars),
        "text": text,
        "note": st.one_of(st.text(max_size=200), text, json_values),
        "sort_order": st.one_of(st.integers(-5, 50), scalars),
        "extra": json_values,
    },
)
contacts = st.one_of(
    st.lists(contact, max_size=5),
    st.lists(st.one_of(contact, json_values), max_size=5),
    json_values,
)
settings_section = st.one_of(
    st.dictionaries(st.text(max_size=20), st.text(max_size=50), max_size=5),
    st.dictionaries(text, st.one_of(text, json_values), max_size=5),
    json_values,
)
documents = st.fixed_dictionaries(
    {
        "format": st.one_of(st.just(exchange.FORMAT), st.just(exchange.FORMAT), json_values),
        "version": st.one_of(st.just(1), st.just(1), st.integers(-2, 5), scalars),
        "sections": st.one_of(
            st.fixed_dictionaries(
                {},
                optional={
                    "settings": settings_section,
                    "support_contacts": contacts,
                    "from_the_future": json_values,
                },
            ),
            st.fixed_dictionaries({"support_contacts": contacts}),
            json_values,
        ),
    },
    optional={"exported_at": json_values, "app_version": json_values},
)


def sections(db: Any) -> Any:
    return exchange.export_document(db)["sections"]


def check_clear(exc: ImportFileError) -> None:
    assert exc.detail, "an import error needs a reason"
    message = error_text(exc)
    assert "Nothing was imported" in message
    assert "Traceback" not in message
    assert "Error(" not in message


def attempt(db: Any, run: Any) -> str:
    before = sections(db)
    try:
        document = run()
        exchange.import_document(db, document)
    except ImportFileError as exc:
        check_clear(exc)
        assert sections(db) == before, "a failed import changed the vault"
        return "refused"
    after = sections(db)
    again = exchange.import_document(db, document)
    assert again.total_added == 0, "importing the same file twice added something"
    assert sections(db) == after
    return "imported"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents)
@example(
    document={"format": exchange.FORMAT, "version": 1, "sections": {"settings": {"\ud800": "x"}}}
)
@example(
    document={
        "format": exchange.FORMAT,
        "version": 1,
        "sections": {
            "support_contacts": [{"uid": "u", "kind": "personal", "name": "n", "sort_order": 2**64}]
        },
    }
)
@example(
    document={
        "format": exchange.FORMAT,
        "version": 1,
        "sections": {"support_contacts": [{"uid": "u", "kind": "personal", "name": "a\udfff"}]},
    }
)
def test_hostile_documents_import_or_change_nothing(db, document):
    event(attempt(db, lambda: exchange.check_document(document)))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents, cut=st.integers(0, 400), noise=st.binary(max_size=64))
def test_hostile_files_import_or_change_nothing(db, tmp_path, document, cut, noise):
    raw = json.dumps(document, ensure_ascii=bool(cut % 2)).encode("utf-8", "surrogatepass")
    if cut % 3 == 0:  # damaged on the way: cut short and/or garbage appended
        raw = raw[: len(raw) - cut] + noise
    path = tmp_path / "import.json"
    path.write_bytes(raw)
    event(attempt(db, lambda: exchange.read_document(path)))


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000,  # nesting deeper than any parser should follow
        b'{"format": "wellness-journal-export", "version": 1, "sections": ' + b"[" * 50_000,
        b"\xff\xfe\x00\x00",
        b"",
    ],
)
def test_pathological_files_are_refused_clearly(db, tmp_path: Path, raw: bytes):
    path = tmp_path / "import.json"
    path.write_bytes(raw)
    assert attempt(db, lambda: exchange.read_document(path)) == "refused"
