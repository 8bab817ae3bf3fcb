"""Nothing leaks from a session that uses every feature (tests/e2e/gui_session.py).

The session runs in its own process with HOME, every XDG folder and TMPDIR pointed at folders
this test owns, and a distinct marker text in every free-text field. Afterwards:
- no marker is in any file under the data folder, the temp folder, HOME or the XDG folders (so
  also platformdirs' config and cache folders), in UTF-8 or UTF-16, nor in the manual backup;
- no file or folder was created outside the data folder except the backup and exports the
  session was asked for (which do hold the markers: the scan is not blind);
- the session opened no inet socket and asked for no name lookup.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from tests.helpers import files_containing
from wellness_journal import APP_ID

SCRIPT = Path(__file__).with_name("gui_session.py")
ROOT = Path(__file__).resolve().parents[2]
MARKER = "leakmark-4471"


def tree(root: Path) -> set[Path]:
    return set(root.rglob("*"))


@pytest.fixture(scope="module")
def session_run(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    base = tmp_path_factory.mktemp("leaks")
    folders = {
        name: base / name
        for name in ("home", "config", "cache", "share", "state", "runtime", "tmp", "out", "in")
    }
    for folder in folders.values():
        folder.mkdir(mode=0o700)
    data = base / "data"
    daylio = folders["in"] / "daylio_export.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'2024-03-05,March 5,Tuesday,9:15 pm,good,"walk","","{MARKER}-imported-note"\n',
        encoding="utf-8-sig",
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}  # the app's own choice
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folders["home"]),
        XDG_CONFIG_HOME=str(folders["config"]),
        XDG_CACHE_HOME=str(folders["cache"]),
        XDG_DATA_HOME=str(folders["share"]),
        XDG_STATE_HOME=str(folders["state"]),
        XDG_RUNTIME_DIR=str(folders["runtime"]),
        TMPDIR=str(folders["tmp"]),
        TMP=str(folders["tmp"]),
        TEMP=str(folders["tmp"]),
    )
    before = tree(base)
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(data), MARKER, str(folders["out"]), str(daylio)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failure"] == "", report["failure"]
    assert report["code"] == 0, result.stderr[-3000:]
    report.update(
        base=str(base),
        data=str(data),
        folders={k: str(v) for k, v in folders.items()},
        created=sorted(str(p) for p in tree(base) - before),
        stderr=result.stderr,
        env=env,
    )
    return report


def test_the_session_used_every_feature(session_run):
    steps = session_run["steps"]
    for step in (
        "journal autosaved",
        "journal searched",
        "check-in",
        "stress entry",
        "sleep period",
        "incident and follow-up",
        "exercise",
        "thought record",
        "support contact",
        "safety plan autosaved",
        "pocket card",
        "my plan",
        "summary for a counselor",
        "self-check",
        "learn read",
        "settings",
        "manual backup",
        "export",
        "import",
        "locked",
        "unlocked",
    ):
        assert step in steps, steps
    assert steps[-1] == "closed"
    assert len(session_run["markers"]) >= 25
    assert "Traceback" not in session_run["stderr"]


def test_no_marker_in_any_file_it_left_behind(session_run, monkeypatch):
    folders = {k: Path(v) for k, v in session_run["folders"].items()}
    scanned = [Path(session_run["data"])] + [
        folders[k] for k in ("home", "config", "cache", "share", "state", "runtime", "tmp")
    ]
    # platformdirs' config and cache folders for this app, as the session's environment has them.
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(key, session_run["env"][key])
    dirs = [platformdirs.user_config_path(APP_ID), platformdirs.user_cache_path(APP_ID)]
    assert all(any(d.is_relative_to(root) for root in scanned) for d in dirs), dirs
    backup = folders["out"] / "session.wjbackup"
    for field, marker in session_run["markers"].items():
        for root in scanned:
            assert files_containing(root, marker) == [], f"{field} found under {root}"
        assert marker.encode() not in backup.read_bytes(), field
    assert files_containing(Path(session_run["data"]), f"{MARKER}-imported-note") == []
    # The scan can see markers: the exports the session was asked for do hold them.
    exports = folders["out"]
    for field in (
        "journal-body",
        "prompt-title",
        "checkin-note",
        "sleep-note",
        "contact-note",
        "plan-reasons_for_living",
        "plan-goal",
    ):
        assert files_containing(exports, session_run["markers"][field]), field


def test_nothing_created_outside_the_data_folder_but_what_was_asked_for(session_run):
    data = Path(session_run["data"])
    asked = {Path(p) for p in session_run["written"]}
    assert {p.name for p in asked} >= {
        "session.wjbackup",
        "export.json",
        "sleep.csv",
        "pocket-card.pdf",
        "summary.pdf",
    }
    allowed_folders = {p.parent for p in asked}
    stray = [
        p
        for p in map(Path, session_run["created"])
        if not p.is_relative_to(data) and p not in asked and p not in allowed_folders
    ]
    assert stray == []


def test_no_window_title_showed_what_the_user_wrote(session_run):
    titles = session_run["titles"]
    # The walk saw the windows: the main one, the dialogs of every feature, the file dialog.
    for window in ("Shell", "StressDialog", "SleepDialog", "ContactDialog", "QFileDialog"):
        assert any(t.startswith(window + ":") for t in titles), (window, titles)
    assert sum(t.startswith("ContactDialog:") for t in titles) >= 2  # added, then edited
    for title in titles:
        assert MARKER not in title, title


def test_the_session_opened_no_inet_socket(session_run):
    assert session_run["events"] == []
    assert session_run["inet_sockets"] == []
