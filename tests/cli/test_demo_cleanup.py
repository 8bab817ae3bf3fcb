"""A demo that was killed leaves its throwaway folder in the temp folder (made-up data only, but
nothing is to be left behind): the next demo start removes such stale folders, never one a
running demo still uses, nor anything else in the temp folder."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

from wellness_journal import APP_ID, app
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.process_lock import ProcessLock


def demo_folder(root: Path, name: str, *, age: float = 3600) -> Path:
    folder = root / f"{APP_ID}-demo-{name}"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "vault.db").write_bytes(b"made-up data")
    when = time.time() - age
    os.utime(folder, (when, when))
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="folder locks")
def test_the_next_demo_removes_what_a_killed_demo_left(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = demo_folder(tmp_path, "killed1")
    running = demo_folder(tmp_path, "running")
    fresh = demo_folder(tmp_path, "starting", age=0)  # made a moment ago: maybe still starting
    other = tmp_path / "someone-elses-folder"
    other.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep", encoding="utf-8")
    link = tmp_path / f"{APP_ID}-demo-link"
    link.symlink_to(outside, target_is_directory=True)
    shown: list[AppPaths] = []

    def fake_gui(paths: AppPaths, _kdf: object, *, demo: bool, quit_after: object) -> int:
        assert demo
        shown.append(paths)
        assert not stale.exists()  # gone before the window opens
        return 0

    monkeypatch.setattr(app, "run_gui", fake_gui)
    with ProcessLock(running / "demo.lock"):  # another demo, still open
        assert app.run_demo() == 0
    assert shown
    assert not stale.exists()
    assert running.exists()
    assert fresh.exists()
    assert other.exists()
    assert (outside / "keep.txt").exists()  # a link is never followed
    assert not shown[0].data_dir.parent.exists()  # this demo's own folder is gone too
