"""Start with the computer: the entry each system reads at login, written into injected places
(only Linux can be tried for real here; the Windows and macOS entries are checked as written)."""

from __future__ import annotations

import configparser
import plistlib
import shlex
from pathlib import Path

from wellness_journal.services.autostart import (
    LAUNCH_AGENT_LABEL,
    RUN_VALUE,
    Autostart,
    Launch,
    desktop_quote,
    launch_command,
)

LAUNCH = Launch("/opt/Wellness Journal/wellness-journal", ("--background",))


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_linux_writes_a_desktop_entry_in_the_autostart_folder(tmp_path: Path):
    auto = Autostart(platform="linux", home=tmp_path, env={}, name="Notes")
    assert not auto.enabled()
    auto.enable(LAUNCH)
    path = tmp_path / ".config" / "autostart" / "wellness-journal.desktop"
    assert auto.enabled()
    assert path.is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read_string(path.read_text(encoding="utf-8"))
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Notes"
    assert shlex.split(desktop["Exec"]) == [
        "/opt/Wellness Journal/wellness-journal",
        "--background",
    ]
    assert path.stat().st_mode & 0o077 == 0
    auto.disable()
    assert not path.exists()
    assert not auto.enabled()


def test_linux_follows_xdg_config_home(tmp_path: Path):
    auto = Autostart(
        platform="linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    )
    auto.enable(LAUNCH)
    assert (tmp_path / "cfg" / "autostart" / "wellness-journal.desktop").is_file()


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says():
    assert desktop_quote("plain") == "plain"
    assert desktop_quote("/a b/c") == '"/a b/c"'
    assert desktop_quote('say "hi" $HOME `x` \\') == '"say \\"hi\\" \\$HOME \\`x\\` \\\\"'
    assert desktop_quote("100%") == "100%%"


def test_not_offered_inside_a_flatpak(tmp_path: Path):
    auto = Autostart(platform="linux", home=tmp_path, env={"FLATPAK_ID": "x"})
    assert not auto.supported()
    assert not auto.enabled()


def test_macos_writes_a_launch_agent(tmp_path: Path):
    auto = Autostart(platform="darwin", home=tmp_path, env={})
    auto.enable(LAUNCH)
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent == {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": ["/opt/Wellness Journal/wellness-journal", "--background"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert auto.enabled()
    auto.disable()
    assert not path.exists()


def test_windows_writes_the_users_run_value(tmp_path: Path):
    key = FakeRunKey()
    auto = Autostart(platform="win32", home=tmp_path, env={}, run_key=key)
    auto.enable(
        Launch(r"C:\Program Files\Wellness Journal\wellness-journal.exe", ("--background",))
    )
    assert key.values == {
        RUN_VALUE: '"C:\\Program Files\\Wellness Journal\\wellness-journal.exe" --background'
    }
    assert auto.enabled()
    auto.disable()
    assert key.values == {}
    assert not auto.enabled()
    assert list(tmp_path.iterdir()) == []  # nothing written to disk on Windows


def test_the_command_starts_this_copy_of_the_app(tmp_path: Path):
    bundle = launch_command(frozen=True, executable="/opt/wj/wellness-journal", script="")
    assert bundle == Launch("/opt/wj/wellness-journal", ("--background",))
    script = tmp_path / "wellness-journal"
    script.write_text("#!/bin/sh\n")
    installed = launch_command(
        frozen=False, executable="/usr/bin/python3", script=str(script), data_dir=tmp_path / "d"
    )
    assert installed.argv() == [str(script), "--background", "--data-dir", str(tmp_path / "d")]
    module = launch_command(frozen=False, executable="/usr/bin/python3", script="-c")
    assert module.argv() == ["/usr/bin/python3", "-m", "wellness_journal", "--background"]
