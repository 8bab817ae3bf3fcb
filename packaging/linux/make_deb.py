"""Build the .deb from the bundle with dpkg-deb.

    python packaging/linux/make_deb.py dist/wellness-journal VERSION OUT.deb

Installs into /opt/wellness-journal with a /usr/bin/wellness-journal link, the .desktop file,
the icon and the AppStream metainfo. `Depends` lists the system packages of every library the
bundle links but does not hold: each such library must be in LIBRARY_PACKAGES (the build stops
on one that is not, so a new dependency cannot slip through unnoticed).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "wellness-journal"
COMPONENT_ID = "org.wellnessjournal.WellnessJournal"  # the AppStream and Flatpak id
PREFIX = Path("opt") / APP_ID

# Library (soname) -> Debian/Ubuntu package. "a | b": the newer name first (Ubuntu 24.04 renamed
# some for 64-bit time), so one .deb installs on Debian 12 and Ubuntu 22.04 to 24.04.
LIBRARY_PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "libdl.so.2": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Libraries only an optional plugin needs: printing goes through CUPS when it is there.
RECOMMENDED = {"libcups.so.2": "libcups2t64 | libcups2"}


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def glibc_needed(files: list[Path]) -> str:
    """The newest GLIBC_x.y symbol version any file asks for (the build machine's C library
    sets it: a bundle built on Ubuntu 22.04 needs glibc 2.35)."""
    versions = {(2, 17)}
    for path in files:
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
            versions.add((int(major), int(minor)))
    major, minor = max(versions)
    return f"{major}.{minor}"


# Emoji typed in the journal show in colour instead of as boxes on a system without an emoji
# font (Windows and macOS have one; most Linux desktops too). 10 MiB: recommended, not bundled.
EXTRA_RECOMMENDED = {"fonts-noto-color-emoji"}


def relations(bundle: Path) -> tuple[list[str], list[str]]:
    """Depends and Recommends for the libraries the bundle links but does not hold."""
    inside = {p.name for p in bundle.rglob("*")}
    outside: set[str] = set()
    files = elf_files(bundle)
    for path in files:
        outside.update(name for name in needed(path) if name not in inside)
    unknown = sorted(outside - LIBRARY_PACKAGES.keys() - RECOMMENDED.keys())
    if unknown:
        raise SystemExit(
            "the bundle links libraries with no package in LIBRARY_PACKAGES "
            f"(packaging/linux/make_deb.py): {', '.join(unknown)}"
        )
    libc = f"libc6 (>= {glibc_needed(files)})"
    depends = sorted(
        {LIBRARY_PACKAGES[n] for n in outside if n in LIBRARY_PACKAGES} - {"libc6"} | {libc}
    )
    recommends = sorted({RECOMMENDED[n] for n in outside if n in RECOMMENDED} | EXTRA_RECOMMENDED)
    return depends, recommends


def _du_kib(root: Path) -> int:
    return sum(
        (p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if p.is_file() or p.is_symlink()
    )


def _normalise_modes(root: Path) -> None:
    """Directories 0755, files 0644 or 0755 (executables and libraries) whatever the umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def control(version: str, installed_kib: int, depends: list[str], recommends: list[str]) -> str:
    lines = [
        f"Package: {APP_ID}",
        f"Version: {version}",
        "Architecture: amd64",
        "Maintainer: Wellness Journal developers <noreply@wellness-journal.invalid>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(depends)}",
    ]
    if recommends:
        lines.append(f"Recommends: {', '.join(recommends)}")
    lines += [
        "Section: utils",
        "Priority: optional",
        "Description: private, offline self-care journal for law-enforcement officers",
        " Notice stress and sleep, practise coping skills that work for you, see your",
        " trends and reach support in one click. Everything stays on this computer in",
        " an encrypted vault (SQLCipher, Argon2id), and the app never uses the network.",
        " .",
        " The journal lives in ~/.local/share/wellness-journal/; removing the package",
        " leaves it in place.",
    ]
    return "\n".join(lines) + "\n"


def build(bundle: Path, version: str, out: Path) -> Path:
    depends, recommends = relations(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "root"
        shutil.copytree(bundle, stage / PREFIX, symlinks=True)
        (stage / "usr/bin").mkdir(parents=True)
        os.symlink(f"/{PREFIX}/{APP_ID}", stage / "usr/bin" / APP_ID)
        share = stage / "usr/share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
        icons = share / "icons/hicolor/scalable/apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "assets/app-icon.svg", icons / f"{APP_ID}.svg")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy(
            HERE / f"{COMPONENT_ID}.metainfo.xml",
            share / "metainfo" / f"{COMPONENT_ID}.metainfo.xml",
        )
        doc = share / "doc" / APP_ID
        doc.mkdir(parents=True)
        shutil.copy(ROOT / "LICENSE", doc / "copyright")
        _normalise_modes(stage)
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN/control").write_text(
            control(version, _du_kib(stage), depends, recommends), encoding="utf-8"
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(f"{out}: {out.stat().st_size / 2**20:.1f} MiB")
    print(f"  Depends: {', '.join(depends)}")
    if recommends:
        print(f"  Recommends: {', '.join(recommends)}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: make_deb.py BUNDLE VERSION OUT.deb", file=sys.stderr)
        return 2
    build(Path(argv[0]), argv[1], Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
