"""Check a built bundle: its size against the budget, and that nothing in it can use the network.

    python packaging/check_bundle.py dist/wellness-journal [--budget-mb 150]   (MiB, as du -sm counts)

Fails (exit 1) when the bundle holds Qt's network or web modules, web engine files, Python's
`ssl` module or a library that links OpenSSL's TLS library (except `cryptography`, which has no
network code), or when it is over the budget. Prints the size (as installed: disk blocks, like
`du`), the largest parts, and what it found. Reading the bundle's Python archive needs
PyInstaller (the build environment has it); without it that part is skipped and said so.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_rules

# Byte strings that only a binary linking OpenSSL's TLS library (or Python's _ssl) contains.
_TLS_MARKERS = (b"libssl.so", b"libssl-3", b"libssl.3.dylib", b"SSL_CTX_new")
_BINARY_SUFFIXES = (".so", ".pyd", ".dll", ".dylib", ".exe")


@dataclass
class Report:
    root: Path
    disk_bytes: int = 0
    file_bytes: int = 0
    files: int = 0
    problems: list[str] = field(default_factory=list)
    parts: Counter[str] = field(default_factory=Counter)
    modules_checked: bool = False

    @property
    def disk_mib(self) -> float:
        """Size as installed in MiB, the unit of `du -sm` (and of the budget)."""
        return self.disk_bytes / 2**20


def _is_binary(path: Path) -> bool:
    name = path.name
    if name.endswith(_BINARY_SUFFIXES) or ".so." in name:
        return True
    return os.name != "nt" and os.access(path, os.X_OK)  # on Windows every file counts as X_OK


def _part(relative: str) -> str:
    parts = relative.split("/")
    if parts[0] in ("_internal", "Frameworks", "Resources") and len(parts) > 1:
        parts = parts[1:]
    if parts[0] == "PySide6" and len(parts) > 2:
        return "/".join(parts[:3])
    return parts[0] if len(parts) > 1 else "(libraries)"


def inspect(root: Path) -> Report:
    report = Report(root)
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        stat = path.stat()
        report.files += 1
        report.file_bytes += stat.st_size
        report.disk_bytes += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
        report.parts[_part(relative)] += stat.st_size
        reason = bundle_rules.forbidden(relative)
        if reason:
            report.problems.append(f"{relative}: {reason}")
            continue
        if _is_binary(path) and "cryptography/" not in relative:
            data = path.read_bytes()
            if any(marker in data for marker in _TLS_MARKERS):
                report.problems.append(f"{relative}: uses OpenSSL's TLS library")
    report.problems.extend(_check_modules(root, report))
    if (root / "wellness-journal.exe").is_file() and not list(root.glob("*/tzdata/zoneinfo/UTC")):
        report.problems.append("tzdata is missing: Windows has no time zone database of its own")
    return report


def _executables(root: Path) -> list[Path]:
    names = ("wellness-journal", "wellness-journal.exe", "wellness-journal-cli.exe")
    found = [root / n for n in names if (root / n).is_file()]
    found += [p for p in root.glob("*.app/Contents/MacOS/wellness-journal") if p.is_file()]
    return found


def _check_modules(root: Path, report: Report) -> list[str]:
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return []
    problems = []
    for exe in _executables(root):
        archive = CArchiveReader(str(exe))
        for name in archive.toc:
            if name.endswith(".pyz") or name == "PYZ.pyz":
                modules = archive.open_embedded_archive(name).toc
                report.modules_checked = True
                for module, reason in bundle_rules.FORBIDDEN_MODULES.items():
                    if module in modules:
                        problems.append(f"{exe.name}: Python module {module}: {reason}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a built bundle's size and contents.")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--budget-mb", type=float, default=None)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}", file=sys.stderr)
        return 1
    report = inspect(args.bundle)
    print(f"bundle: {args.bundle}")
    print(
        f"  size as installed: {report.disk_mib:.1f} MiB (du -sm), {report.disk_bytes / 1e6:.1f} MB; "
        f"{report.file_bytes / 2**20:.1f} MiB in {report.files} files"
    )
    print("  largest parts:")
    for part, size in report.parts.most_common(8):
        print(f"    {size / 2**20:6.1f} MiB  {part}")
    if not report.modules_checked:
        print("  (Python archive not read: PyInstaller is not installed here)")
    ok = True
    if args.budget_mb is not None:
        within = report.disk_mib <= args.budget_mb
        print(f"  budget: {args.budget_mb:.0f} MiB: {'within' if within else 'OVER'}")
        ok = ok and within
    if report.problems:
        print("  must not be in the bundle:")
        for problem in report.problems:
            print(f"    {problem}")
        ok = False
    else:
        print("  no network or web modules, no TLS library users (cryptography excepted)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
