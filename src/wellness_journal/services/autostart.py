"""Start with the computer (opt-in): the system's own per-user startup entry, nothing else.

- Linux: a desktop entry in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``), the
  freedesktop autostart standard every desktop reads at login.
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (for this
  user only, no administrator rights).
- macOS: a LaunchAgent in ``~/Library/LaunchAgents`` with ``RunAtLoad``.
- Inside a Flatpak the sandbox cannot write the desktop's startup list: not offered.

The entry starts the app with ``--background``: locked, in the notification area (minimised
where there is none). It names the program and, for a journal in another folder, that folder;
nothing else. Paths, the platform and the registry are injected, so tests write into a temporary
folder and a fake registry.
"""

from __future__ import annotations

import plistlib
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from wellness_journal import APP_ID
from wellness_journal.storage.fsutil import atomic_write, classify_os_error

BACKGROUND_ARG = "--background"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_ID  # the value's name under the Run key
LAUNCH_AGENT_LABEL = "org.wellnessjournal.WellnessJournal"


@dataclass(frozen=True)
class Launch:
    """The command line that starts the app at login."""

    program: str
    args: tuple[str, ...] = ()

    def argv(self) -> list[str]:
        return [self.program, *self.args]


def launch_command(
    *,
    frozen: bool,
    executable: str,
    script: str,
    data_dir: Path | None = None,
) -> Launch:
    """How to start this copy of the app: the bundle's program, the installed
    ``wellness-journal`` script, or Python with ``-m wellness_journal``."""
    extra = (BACKGROUND_ARG,) + (("--data-dir", str(data_dir)) if data_dir else ())
    if frozen:
        return Launch(executable, extra)
    path = Path(script) if script else None
    if path is not None and path.name.startswith(APP_ID) and path.is_file():
        return Launch(str(path.resolve()), extra)
    return Launch(executable, ("-m", "wellness_journal", *extra))


@dataclass
class StartWithComputer:
    """The startup entry of this copy of the app: where it goes, and what it runs."""

    autostart: Autostart
    launch: Launch

    def supported(self) -> bool:
        return self.autostart.supported()

    def enabled(self) -> bool:
        return self.autostart.enabled()

    def set(self, on: bool, name: str) -> None:
        """Write (named ``name`` in the desktop's list) or remove the entry. Raises a
        WellnessError (full disk, no permission...) when it cannot."""
        self.autostart.name = name
        try:
            if on:
                self.autostart.enable(self.launch)
            else:
                self.autostart.disable()
        except OSError as exc:
            raise classify_os_error(exc, "cannot change the startup entry") from exc


class RunKey(Protocol):
    """The per-user Run key (``winreg`` on Windows; a dict-like fake in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, command: str) -> None: ...

    def delete(self, name: str) -> None: ...


def desktop_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec line (freedesktop Desktop Entry spec)."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry(launch: Launch, name: str) -> str:
    exec_line = " ".join(desktop_quote(a) for a in launch.argv())
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launch_agent(launch: Launch) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": launch.argv(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


class Autostart:
    def __init__(
        self,
        *,
        platform: str = sys.platform,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
        run_key: RunKey | None = None,
        name: str = "Wellness Journal",
    ) -> None:
        import os

        self.platform = platform
        self.home = home or Path.home()
        self.env = dict(os.environ if env is None else env)
        self._run_key = run_key
        self.name = name  # the entry's name in the desktop's list of startup programs (Linux)

    # -- where ----------------------------------------------------------------------------------
    def supported(self) -> bool:
        if "FLATPAK_ID" in self.env:
            return False
        return self.platform.startswith(("linux", "win32", "darwin"))

    def entry_path(self) -> Path | None:
        """The file the entry lives in (None on Windows, where it is a registry value)."""
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        if self.platform.startswith("linux"):
            config = self.env.get("XDG_CONFIG_HOME") or str(self.home / ".config")
            return Path(config) / "autostart" / f"{APP_ID}.desktop"
        return None

    def _registry(self) -> RunKey:
        if self._run_key is None:
            self._run_key = WindowsRunKey()
        return self._run_key

    # -- state ----------------------------------------------------------------------------------
    def enabled(self) -> bool:
        if not self.supported():
            return False
        if self.platform == "win32":
            return self._registry().get(RUN_VALUE) is not None
        path = self.entry_path()
        return path is not None and path.is_file()

    def enable(self, launch: Launch) -> None:
        """Write the startup entry (replacing an older one of ours). Raises OSError/VaultError."""
        if not self.supported():
            raise OSError("starting with the computer is not available here")
        if self.platform == "win32":
            self._registry().set(RUN_VALUE, subprocess.list2cmdline(launch.argv()))
            return
        path = self.entry_path()
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (
            launch_agent(launch)
            if self.platform == "darwin"
            else desktop_entry(launch, self.name).encode("utf-8")
        )
        atomic_write(path, data)

    def disable(self) -> None:
        if not self.supported():
            return
        if self.platform == "win32":
            self._registry().delete(RUN_VALUE)
            return
        path = self.entry_path()
        if path is not None:
            path.unlink(missing_ok=True)


def _winreg() -> Any:
    """The standard library's ``winreg`` (Windows only; typed loosely so the code checks on
    every system)."""
    import importlib

    return importlib.import_module("winreg")


class WindowsRunKey:
    """``HKEY_CURRENT_USER\\...\\Run`` through the standard library's ``winreg`` (Windows only)."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def set(self, name: str, command: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            return
