"""matplotlib's font list is built by a child process (``--prepare-charts``), not in the window's."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from wellness_journal import chart_fonts
from wellness_journal.chart_fonts import chart_fonts_command

ROOT = Path(__file__).resolve().parents[2]


def test_no_command_when_the_font_list_is_there(tmp_path: Path):
    (tmp_path / "fontlist-v3.11.0.json").write_text("{}")
    for frozen in (False, True):
        assert chart_fonts_command(frozen=frozen, executable="py", cache_dir=tmp_path) is None


def test_the_command_when_it_is_missing(tmp_path: Path):
    (tmp_path / "fontlist.json.matplotlib-lock").write_text("")  # not a list
    assert chart_fonts_command(frozen=False, executable="/v/python", cache_dir=tmp_path) == [
        "/v/python",
        "-m",
        "wellness_journal",
        "--prepare-charts",
    ]
    assert chart_fonts_command(frozen=True, executable="/opt/wj/app", cache_dir=tmp_path) == [
        "/opt/wj/app",
        "--prepare-charts",
    ]
    missing = tmp_path / "not-made-yet"
    assert chart_fonts_command(frozen=False, executable="py", cache_dir=missing) is not None


def test_an_old_list_does_not_count_when_the_current_name_is_known(tmp_path: Path):
    (tmp_path / "fontlist-v390.json").write_text("{}")  # from an older matplotlib
    new = "fontlist-v3.11.0.json"
    assert chart_fonts_command(frozen=False, executable="py", cache_dir=tmp_path, current=new)
    (tmp_path / new).write_text("{}")
    assert not chart_fonts_command(frozen=False, executable="py", cache_dir=tmp_path, current=new)


def test_the_current_name_is_the_one_matplotlib_reads():
    import matplotlib.font_manager as fm

    assert chart_fonts.current_font_list_name() == f"fontlist-v{fm.FontManager.__version__}.json"


def run_child(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    data = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", "wellness_journal", "--prepare-charts", "--data-dir", data],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def private_env(tmp_path: Path) -> dict[str, str]:
    """HOME, the XDG folders and TMPDIR inside ``tmp_path``, so anything written shows."""
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    for key, name in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        env[key] = str(tmp_path / name)
    env.update(TMPDIR=str(tmp_path / "tmp"), TMP=str(tmp_path / "tmp"), TEMP=str(tmp_path / "tmp"))
    for name in ("home", "config", "cache", "tmp"):
        (tmp_path / name).mkdir()
    return env


def written(tmp_path: Path) -> list[str]:
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())


def test_the_child_writes_the_font_list_and_nothing_else(tmp_path: Path):
    env = private_env(tmp_path)
    env["MPLCONFIGDIR"] = str(tmp_path / "data" / "cache" / "matplotlib")
    done = run_child(tmp_path, env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    name = chart_fonts.current_font_list_name()
    assert written(tmp_path) == [f"data/cache/matplotlib/{name}"]
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["cache"]  # no vault, no lock


def test_without_a_folder_given_the_child_writes_nowhere(tmp_path: Path):
    """Never matplotlib's shared default folders (~/.config/matplotlib, ~/.cache/matplotlib)."""
    done = run_child(tmp_path, private_env(tmp_path))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert written(tmp_path) == []
    assert not (tmp_path / "data").exists()


def test_a_child_that_cannot_start_does_not_stop_the_app(tmp_path: Path):
    assert chart_fonts.start([str(tmp_path / "no-such-program"), "--prepare-charts"]) is None


def test_the_child_is_waited_for_when_it_ends():
    """No zombie while the app runs: a thread of the app waits for the child."""
    child = chart_fonts.start([sys.executable, "-c", "pass"])
    assert child is not None
    reapers = [t for t in threading.enumerate() if t.name == "chart-fonts-reaper"]
    assert reapers
    for reaper in reapers:
        reaper.join(timeout=60)
    assert child.returncode == 0  # set by the reaper's wait, not by this test
    chart_fonts.finish(child)
