"""Damaged files: hypothesis-mutated copies of a vault's database and key files (truncation, bit
flips, zeroed pages, garbage). Opening reports a classified error, or opens with the same data
when the damage is harmless (one key-file copy); it never crashes, finishes within a time limit,
never changes the damaged bytes, and the newest good automatic backup is found and restores."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.program import run_program
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.services import backup, exchange
from wellness_journal.services.session import Session
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault, derive_key

CLASSIFIED = {ErrorKind.DAMAGED, ErrorKind.MISSING_DATABASE, ErrorKind.MISSING_KEYFILE}
TIME_LIMIT = 20.0  # seconds; a healthy open takes well under one
PAGE = 4096


def sections(vault: Vault) -> dict:  # type: ignore[type-arg]
    return exchange.export_document(vault.db)["sections"]


class Template:
    def __init__(self, folder: Path, reference: dict) -> None:  # type: ignore[type-arg]
        self.folder = folder
        self.reference = reference

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.folder, self.reference))

    def __repr__(self) -> str:
        return f"Template({self.folder})"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A closed vault with some data and one automatic backup (made yesterday)."""
    folder = tmp_path_factory.mktemp("template") / "data"
    paths = AppPaths.for_dir(folder)
    created = Vault.create(paths, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    session = Session(created.vault, KdfParams.fast_for_tests())
    for i in range(40):
        session.contacts.save(
            SupportContact(
                id=None, uid="", kind=ContactKind.PERSONAL, name=f"P{i}", note="note " * 60 * i
            )
        )
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    backup.run_automatic(paths, session.backups.source(), yesterday)
    reference = sections(created.vault)
    created.vault.close()
    return Template(folder, reference)


damage_ops = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)), min_size=1, max_size=8),
    ),
    st.tuples(st.just("zero_page"), st.integers(0, 40)),
    st.tuples(st.just("garbage"), st.floats(0, 1), st.binary(min_size=1, max_size=5000)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=5000)),
)


def damage(raw: bytes, op: tuple) -> bytes:  # type: ignore[type-arg]
    data = bytearray(raw)
    kind = op[0]
    if kind == "truncate":
        return bytes(data[: int(len(data) * op[1])])
    if kind == "flip":
        for where, bit in op[1]:
            i = min(len(data) - 1, int(len(data) * where))
            data[i] ^= 1 << bit
    elif kind == "zero_page":
        start = (op[1] * PAGE) % max(len(data), 1)
        data[start : start + PAGE] = bytes(len(data[start : start + PAGE]))
    elif kind == "garbage":
        start = int(len(data) * op[1])
        data[start : start + len(op[2])] = op[2]
    else:
        data += op[1]
    return bytes(data)


def _claims_newer(raw: bytes) -> bool:
    """Whether damaged key-file bytes still read as a key file of a newer format."""
    import json

    from wellness_journal.storage.keyslots import FORMAT_VERSION

    try:
        version = json.loads(raw.decode("utf-8")).get("version")
    except (ValueError, UnicodeDecodeError, AttributeError):
        return False
    return isinstance(version, int) and version > FORMAT_VERSION


def copy_of(template_folder: Path, dest: Path) -> AppPaths:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(template_folder, dest)
    return AppPaths.for_dir(dest)


def target_files(paths: AppPaths, which: str) -> list[Path]:
    return {
        "db": [paths.database],
        "keys": [paths.keyfile],
        "keys_copy": [paths.keyfile_copy],
        "both_keys": [paths.keyfile, paths.keyfile_copy],
    }[which]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(which=st.sampled_from(["db", "db", "keys", "keys_copy", "both_keys"]), op=damage_ops)
# Found by CI: a flipped bit that makes the key file claim a newer version.
@example(which="keys", op=("flip", [(0.0, 0), (0.0, 0), (0.06732691999363995, 1)]))
def test_damaged_files_are_reported_never_changed_and_a_backup_is_offered(
    template, tmp_path, which, op
):
    folder, reference = template
    paths = copy_of(folder, tmp_path / "case")
    damaged: dict[Path, bytes] = {}
    for path in target_files(paths, which):
        damaged[path] = damage(path.read_bytes(), op)
        path.write_bytes(damaged[path])

    started = time.monotonic()
    outcome: ErrorKind | str
    try:
        vault = Vault.open(paths, derive_key(paths, PASSPHRASE))
        try:
            problems = vault.verify()
            data = sections(vault) if not problems else None
        finally:
            vault.close()
        outcome = "opened" if not problems else ErrorKind.DAMAGED
        if data is not None:
            assert data == reference  # opened: so the damage was harmless, nothing differs
    except VaultError as exc:
        outcome = exc.kind
    assert time.monotonic() - started < TIME_LIMIT
    if outcome is ErrorKind.TOO_NEW:
        # A flipped bit can turn the key file's "version": 1 into 3 while it still reads as
        # JSON: nobody can tell that from a newer app's file, and saying so changes nothing.
        assert any(_claims_newer(raw) for raw in damaged.values()), damaged
    else:
        assert outcome == "opened" or outcome in CLASSIFIED, outcome
    event(f"{which}: {getattr(outcome, 'value', outcome)}")

    # The damaged bytes are still there, unchanged (a repaired key-file copy is kept aside).
    present = [p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()]
    for path, raw in damaged.items():
        if path == paths.database:
            assert path.read_bytes() == raw
        else:
            assert raw in present, f"{path.name} was changed"

    # The newest good automatic backup is found, and restoring it keeps the damaged files aside.
    if outcome != "opened":
        found = backup.newest_good_backup(paths)
        assert found is not None
        restored = backup.restore(paths, found.path, PASSPHRASE)
        assert restored.set_aside is not None
        for path, raw in damaged.items():
            assert (restored.set_aside / path.name).read_bytes() == raw
        vault = Vault.open(paths, restored.unlocked)
        try:
            assert vault.verify() == []
            assert sections(vault) == reference
        finally:
            vault.close()


def cli_verify(data: Path) -> subprocess.CompletedProcess[str]:
    return run_program(data, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=60)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(which=st.sampled_from(["db", "db", "both_keys"]), op=damage_ops)
def test_the_real_program_never_crashes_on_damaged_files(template, tmp_path, which, op):
    """The same damage through the command line, in its own process: a clear one-line answer
    and exit code 0 or 4, never a traceback or a crash (a signal), within the time limit."""
    folder, _reference = template
    paths = copy_of(folder, tmp_path / "case")
    for path in target_files(paths, which):
        path.write_bytes(damage(path.read_bytes(), op))
    db_before = paths.database.read_bytes()
    started = time.monotonic()
    result = cli_verify(paths.data_dir)
    assert time.monotonic() - started < TIME_LIMIT + 10
    assert result.returncode in (0, 4), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    if result.returncode == 4:
        assert len(result.stderr.strip().splitlines()) == 1 or result.stdout.strip()
    assert paths.database.read_bytes() == db_before
    event(f"{which}: exit {result.returncode}")
