"""matplotlib's font list, built in a short-lived child process instead of in the window's.

matplotlib's first import in a data folder builds a list of the computer's fonts and saves it
as ``fontlist-v<version>.json`` in MPLCONFIGDIR (the data folder's ``cache/matplotlib``). That
takes ~0.5 s of Python and C work that holds the GIL in long pieces; on the runner's thread it
stalled the window's own thread for 38-53 ms passes the first time Trends opened. So when the
list is missing at start-up, ``run_gui`` starts ``wellness-journal --prepare-charts`` (this
module's ``prepare``): a process that only imports ``matplotlib.font_manager``, which writes the
list, and ends. It opens no vault, takes no lock, shows nothing and prints nothing. If it cannot
start, or Trends opens before it is done, the charts build the list themselves, as before.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

SWITCH = "--prepare-charts"
FONT_LIST_GLOB = "fontlist-v*.json"
QUIT_WAIT_SECONDS = 10.0  # at quit, how long the app waits for a child still writing the list

_VERSION_LINE = re.compile(r"^\s+__version__\s*=\s*(\S+)\s*$", re.MULTILINE)


def current_font_list_name() -> str | None:
    """The file name matplotlib's font manager would read (``fontlist-v3.11.0.json``), found in
    its source without importing it (matplotlib's import is what this module keeps out of the
    window's process); None where the source is not at hand (a frozen app keeps compiled
    modules in an archive) or does not say."""
    try:
        spec = importlib.util.find_spec("matplotlib")
        if spec is None or spec.origin is None:
            return None
        source = (Path(spec.origin).parent / "font_manager.py").read_text(encoding="utf-8")
        found = _VERSION_LINE.search(source)
        version = ast.literal_eval(found.group(1)) if found else None
    except (OSError, ValueError, SyntaxError, ImportError):
        return None
    if not isinstance(version, str | int):
        return None
    return f"fontlist-v{version}.json"


def font_list_present(cache_dir: Path, current: str | None = None) -> bool:
    """Whether ``cache_dir`` holds matplotlib's font list: the file named ``current`` when that
    is known, else any ``fontlist-v*.json`` (after a matplotlib upgrade the old one then
    counts, and the first chart builds the new one in the app's process, once)."""
    if current is not None:
        return (cache_dir / current).is_file()
    try:
        return any(cache_dir.glob(FONT_LIST_GLOB))
    except OSError:
        return False


def chart_fonts_command(
    *, frozen: bool, executable: str, cache_dir: Path, current: str | None = None
) -> list[str] | None:
    """The command that builds the font list into ``cache_dir``, or None when it is there.
    Frozen (PyInstaller) the executable is the app itself; otherwise it is Python."""
    if font_list_present(cache_dir, current):
        return None
    if frozen:
        return [executable, SWITCH]
    return [executable, "-m", "wellness_journal", SWITCH]


def start(command: list[str]) -> subprocess.Popen[bytes] | None:
    """Start the child without waiting for it, silent and windowless; None if it cannot start
    (the charts then build the list themselves). A thread waits for its end, so no zombie is
    left while the app runs."""
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.CREATE_NO_WINDOW
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            creationflags=flags,
        )
    except (OSError, ValueError):
        return None
    threading.Thread(target=child.wait, name="chart-fonts-reaper", daemon=True).start()
    return child


def start_if_missing() -> subprocess.Popen[bytes] | None:
    """In the app's process, after MPLCONFIGDIR points into the data folder."""
    folder = os.environ.get("MPLCONFIGDIR")
    if not folder:
        return None
    command = chart_fonts_command(
        frozen=bool(getattr(sys, "frozen", False)),
        executable=sys.executable,
        cache_dir=Path(folder),
        current=current_font_list_name(),
    )
    return start(command) if command else None


def finish(child: subprocess.Popen[bytes] | None) -> None:
    """At quit: give a child still writing the list a moment to end (a demo's folder is removed
    next); one that takes longer is left to finish on its own."""
    if child is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=QUIT_WAIT_SECONDS)


def prepare() -> int:
    """The child: build and save the font list, nothing else, silently."""
    if not os.environ.get("MPLCONFIGDIR"):
        return 0  # never into matplotlib's shared default folders
    import logging
    import warnings

    logging.getLogger("matplotlib").setLevel(logging.CRITICAL + 1)
    warnings.simplefilter("ignore")
    try:
        import matplotlib.font_manager  # noqa: F401  (builds and saves the list)
    except Exception:  # noqa: BLE001 - the charts build it themselves then
        return 1
    return 0
