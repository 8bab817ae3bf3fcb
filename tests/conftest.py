"""Shared fixtures: every test gets its own vault under tmp_path, cheap key derivation, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakes import FakeClock
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths

PASSPHRASE = "quiet harbor lamp Tuesday"


@pytest.fixture(scope="session", autouse=True)
def _private_library_caches(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path_factory.mktemp("mplconfig")))


@pytest.fixture
def kdf() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.for_dir(tmp_path / "data")


@pytest.fixture
def created(paths: AppPaths, kdf: KdfParams) -> Iterator[object]:
    """A fresh vault (CreatedVault: .vault and .recovery_key), closed afterwards."""
    from wellness_journal.storage.vault import Vault

    result = Vault.create(paths, PASSPHRASE, kdf=kdf)
    yield result
    result.vault.close()


@pytest.fixture
def vault(created):  # type: ignore[no-untyped-def]
    return created.vault


@pytest.fixture
def db(vault):  # type: ignore[no-untyped-def]
    return vault.db


@pytest.fixture
def session(vault, kdf):  # type: ignore[no-untyped-def]
    from wellness_journal.services.session import Session

    return Session(vault, kdf)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_shell(qtbot, paths: AppPaths, kdf: KdfParams, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Build the main window the way app.py does, with an injected clock."""
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.ui.shell.window import Shell

    shells = []

    def build(*, demo: bool = False, start: bool = True):  # type: ignore[no-untyped-def]
        shell = Shell(
            paths, kdf, Preferences(paths), set_theme=lambda _t: None, demo=demo, clock=clock
        )
        qtbot.addWidget(shell)
        if start:
            shell.start()
        shell.show()
        shells.append(shell)
        return shell

    yield build
    for shell in shells:
        if shell.session is not None:
            shell.lock()
        shell.teardown.finish()  # the pages go now, and Python's collector runs again
        shell.runner.wait(10_000)


@pytest.fixture
def unlocked_shell(make_shell, created):  # type: ignore[no-untyped-def]
    """The main window, unlocked on a fresh vault (the ``created`` one)."""
    shell = make_shell(start=False)
    shell.open_session(created.vault)
    return shell
