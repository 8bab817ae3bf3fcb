"""Smoke-test a built bundle as a user would run it: no Python, a fresh home folder.

    python packaging/smoke_test.py dist/wellness-journal [--strace]
    python packaging/smoke_test.py "dist/Wellness Journal.app"

Runs `--version`, `init`, `verify`, `export`, `backup` with the production key derivation, and
the demo window (offscreen) that closes by itself after a few seconds (`--quit-after`). Checks
exit codes and outputs, that the demo leaves nothing behind, and prints how long each step took.
With --strace (Linux): every step runs under `strace -f -e trace=network` and the test fails if
any process opened an internet (AF_INET/AF_INET6) socket; it prints the socket figures.
Needs only the Python standard library (the release workflow runs it with the runner's Python).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PASSPHRASE = "smoke test passphrase words"
RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(-[0-9A-Z]{4}){8}\b")
DEMO_SECONDS = 3


@dataclass
class Sockets:
    inet: list[str] = field(default_factory=list)
    other: dict[str, int] = field(default_factory=dict)


@dataclass
class Smoke:
    gui: Path
    cli: Path
    home: Path
    strace: bool
    sockets: Sockets = field(default_factory=Sockets)
    timings: list[tuple[str, float]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        """A user's environment: no Python variables, a fresh home, an offscreen screen."""
        keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "COMSPEC", "LANG", "TZ")
        env = {k: v for k, v in os.environ.items() if k in keep}
        tmp = self.home / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        env.update(
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            LOCALAPPDATA=str(self.home / "AppData" / "Local"),
            APPDATA=str(self.home / "AppData" / "Roaming"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_RUNTIME_DIR=str(tmp),
            TMPDIR=str(tmp),
            TMP=str(tmp),
            TEMP=str(tmp),
            QT_QPA_PLATFORM="offscreen",
        )
        return env

    def run(
        self, name: str, args: list[str], *, gui: bool = False, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        exe = self.gui if gui else self.cli
        command = [str(exe), *args]
        log = self.home / f"strace-{len(self.timings)}.log"
        if self.strace:
            command = ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(log), *command]
        started = time.perf_counter()
        result = subprocess.run(
            command, input=stdin, capture_output=True, text=True, env=self.env(), timeout=180
        )
        self.timings.append((name, time.perf_counter() - started))
        if self.strace:
            self._count_sockets(name, log.read_text(errors="replace"))
        if "Traceback" in result.stderr:
            self.fail(f"{name}: a traceback on stderr:\n{result.stderr[-2000:]}")
        return result

    def _count_sockets(self, name: str, trace: str) -> None:
        for line in trace.splitlines():
            match = re.search(r"socket\((AF_\w+)", line)
            if match:
                family = match.group(1)
                if family in ("AF_INET", "AF_INET6"):
                    self.sockets.inet.append(f"{name}: {line.strip()}")
                else:
                    self.sockets.other[family] = self.sockets.other.get(family, 0) + 1

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def expect(self, ok: bool, message: str) -> None:
        if not ok:
            self.fail(message)


def executables(bundle: Path) -> tuple[Path, Path]:
    """The windowed executable and the one for headless commands (the same outside Windows)."""
    if bundle.is_file():
        return bundle, bundle
    if bundle.suffix == ".app":
        exe = bundle / "Contents" / "MacOS" / "wellness-journal"
        return exe, exe
    if (bundle / "wellness-journal.exe").is_file():
        return bundle / "wellness-journal.exe", bundle / "wellness-journal-cli.exe"
    return bundle / "wellness-journal", bundle / "wellness-journal"


def smoke(s: Smoke) -> None:
    data = s.home / "journal"
    secret = PASSPHRASE + "\n"

    r = s.run("--version", ["--version"])
    s.expect(r.returncode == 0 and "wellness-journal" in r.stdout, f"--version: {r}")

    r = s.run("init", ["--data-dir", str(data), "init", "--passphrase-stdin"], stdin=secret)
    s.expect(r.returncode == 0, f"init exited {r.returncode}: {r.stderr[-500:]}")
    s.expect(RECOVERY_KEY.search(r.stdout) is not None, "init printed no recovery key")
    s.expect((data / "vault.db").is_file(), "init wrote no vault.db")

    r = s.run("verify", ["--data-dir", str(data), "verify", "--passphrase-stdin"], stdin=secret)
    s.expect(r.returncode == 0 and r.stdout.strip() == "ok", f"verify: {r.stdout} {r.stderr}")

    r = s.run(
        "verify (wrong passphrase)",
        ["--data-dir", str(data), "verify", "--passphrase-stdin"],
        stdin="not the passphrase\n",
    )
    s.expect(r.returncode == 3, f"a wrong passphrase exited {r.returncode}, not 3")

    out = s.home / "export.json"
    r = s.run(
        "export",
        ["--data-dir", str(data), "export", "--passphrase-stdin", "--out", str(out)],
        stdin=secret,
    )
    s.expect(r.returncode == 0, f"export exited {r.returncode}: {r.stderr[-500:]}")
    try:
        exported = json.loads(out.read_text(encoding="utf-8"))
        s.expect(isinstance(exported, dict) and bool(exported), "export wrote no records")
    except (OSError, ValueError) as exc:
        s.fail(f"export: {exc}")

    backup = s.home / "journal.wjbackup"
    r = s.run(
        "backup",
        ["--data-dir", str(data), "backup", "--passphrase-stdin", "--out", str(backup)],
        stdin=secret,
    )
    s.expect(r.returncode == 0 and backup.is_file(), f"backup: {r.returncode} {r.stderr[-500:]}")

    started = time.perf_counter()
    r = s.run("demo window", ["--demo", "--quit-after", str(DEMO_SECONDS)], gui=True)
    elapsed = time.perf_counter() - started
    s.expect(r.returncode == 0, f"the demo exited {r.returncode}: {r.stderr[-2000:]}")
    s.expect(elapsed >= DEMO_SECONDS, f"the demo ended after {elapsed:.1f} s, before it closed")
    left = list((s.home / "tmp").glob("wellness-journal-demo-*"))
    s.expect(not left, f"the demo left {left}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a built bundle.")
    parser.add_argument("bundle", type=Path, help="the bundle folder, .app or executable")
    parser.add_argument("--strace", action="store_true", help="count sockets with strace (Linux)")
    args = parser.parse_args(argv)
    gui, cli = executables(args.bundle)
    for exe in {gui, cli}:
        if not exe.is_file():
            print(f"no executable at {exe}", file=sys.stderr)
            return 1
    if args.strace and shutil.which("strace") is None:
        print("strace is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="wj-smoke-") as tmp:
        s = Smoke(gui, cli, Path(tmp), args.strace)
        smoke(s)
    print(f"smoke test of {args.bundle}:")
    for name, seconds in s.timings:
        print(f"  {name:28s} {seconds:6.2f} s")
    if args.strace:
        others = ", ".join(f"{k} {v}" for k, v in sorted(s.sockets.other.items())) or "none"
        print(
            f"  strace -f -e trace=network: {len(s.sockets.inet)} internet sockets "
            f"(AF_INET/AF_INET6); other sockets: {others}"
        )
        if s.sockets.inet:
            s.fail("internet sockets:\n" + "\n".join(s.sockets.inet[:20]))
    if s.failures:
        print("FAILED:")
        for failure in s.failures:
            print(f"  {failure}")
        return 1
    print("  all steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
