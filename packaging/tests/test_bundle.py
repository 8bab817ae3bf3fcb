"""Checks of the built Linux bundle and .deb (`make package-test`, after packaging/build.sh linux).

Not part of `make test`: they need the bundle in dist/, and the .deb test installs the package
on this machine (as root, through apt) and removes it again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules  # noqa: E402
import check_bundle  # noqa: E402
import trim_icu  # noqa: E402

BUNDLE = ROOT / "dist" / "wellness-journal"
VERSION = subprocess.run(
    [sys.executable, "-c", "from wellness_journal import __version__; print(__version__)"],
    capture_output=True,
    text=True,
    env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    check=True,
).stdout.strip()
DEB = ROOT / "dist" / f"wellness-journal_{VERSION}_amd64.deb"
BLOCKER = Path(__file__).with_name("without_excluded")

needs_bundle = pytest.mark.skipif(not BUNDLE.is_dir(), reason="run packaging/build.sh linux first")
needs_deb = pytest.mark.skipif(not DEB.is_file(), reason="run packaging/build.sh linux first")


BUILD_PYTHON = ROOT / "build" / "venv-linux" / "bin" / "python"


@needs_bundle
def test_bundle_is_within_budget_and_cannot_reach_the_network():
    report = check_bundle.inspect(BUNDLE)
    assert report.problems == []
    assert report.disk_mib <= bundle_rules.LINUX_BUDGET_MB


@needs_bundle
@pytest.mark.skipif(not BUILD_PYTHON.is_file(), reason="needs the build environment")
def test_bundle_python_archive_has_no_network_modules():
    """The same check with PyInstaller at hand, so the bundle's Python archive is read too."""
    result = subprocess.run(
        [str(BUILD_PYTHON), str(ROOT / "packaging" / "check_bundle.py"), str(BUNDLE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert "Python archive not read" not in result.stdout


@needs_bundle
def test_bundle_has_only_the_kept_qt_plugins_and_no_translations():
    internal = BUNDLE / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    folders = {p.name for p in plugins.iterdir()}
    assert folders <= set(bundle_rules.KEPT_PLUGINS)
    assert {"platforms", "iconengines", "imageformats"} <= folders
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    assert not list(internal.rglob("*Network*"))
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_modules_left_out_are_blocked_in_this_check():
    """The check below proves something only if the blocked modules really cannot be imported."""
    env = {**os.environ, "PYTHONPATH": f"{BLOCKER}{os.pathsep}{ROOT / 'src'}"}
    for module in ("ssl", "numpy.random", "PySide6.QtNetwork"):
        result = subprocess.run(
            [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, env=env
        )
        assert result.returncode != 0, module
        assert "left out of the bundle" in result.stderr, module


@pytest.mark.timeout(900)
def test_the_app_works_without_the_modules_left_out(tmp_path: Path):
    """Every chart, the trends page, the CLI and a whole GUI session (every page) pass without
    the modules the bundle leaves out: leaving them out breaks nothing the app does."""
    env = {
        **os.environ,
        "PYTHONPATH": f"{BLOCKER}{os.pathsep}{ROOT}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_trends_charts.py",
            "tests/ui/test_trends_page.py",
            "tests/cli/test_cli.py",
            "tests/e2e/test_no_network.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


ICU_PROBE = r"""
import json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = {"sv_SE": ["ö", "a", "å", "z", "ä"], "de_DE": ["Öl", "Ober", "Zebra", "Apfel"],
         "es_ES": ["ñu", "nube", "oso"], "tr_TR": ["ı", "i", "j", "h"], "zh_CN": ["中", "文", "字"],
         "en_US": ["b", "A", "a", "B"]}
out = {loc: sorted(w, key=QCollator(QLocale(loc)).sortKey) for loc, w in words.items()}
out["upper"] = [QLocale("tr_TR").toUpper("i"), QLocale("de_DE").toUpper("straße")]
tz = QTimeZone(b"America/Chicago")
out["zone"] = tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_US"))
out["maps"] = [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l][:1]
print(json.dumps(out))
"""


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler")
def test_trimmed_icu_sorts_and_cases_as_the_full_one(tmp_path: Path):
    import PySide6

    original = Path(PySide6.__file__).parent / "Qt" / "lib"
    library = next(original.glob("libicudata.so.*"))
    trimmed = tmp_path / library.name
    before, after = trim_icu.rebuild(library, trimmed)
    assert after < before / 2

    def probe(preload: Path | None) -> dict[str, object]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload:
            env["LD_PRELOAD"] = str(preload)
        out = subprocess.run(
            [sys.executable, "-c", ICU_PROBE], capture_output=True, text=True, env=env, check=True
        ).stdout
        return json.loads(out)  # type: ignore[no-any-return]

    full, small = probe(None), probe(trimmed)
    assert small.pop("maps") == [str(trimmed)]
    full.pop("maps")
    assert small == full


@needs_deb
def test_deb_contents_and_metadata_validate(tmp_path: Path):
    info = subprocess.run(["dpkg-deb", "-I", str(DEB)], capture_output=True, text=True).stdout
    assert "Package: wellness-journal" in info
    assert "libxcb-cursor0" in info
    assert "libxkbcommon-x11-0" in info
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(tmp_path)], check=True)
    assert (
        os.readlink(tmp_path / "usr/bin/wellness-journal")
        == "/opt/wellness-journal/wellness-journal"
    )
    assert (tmp_path / "opt/wellness-journal/wellness-journal").is_file()
    assert (tmp_path / "usr/share/icons/hicolor/scalable/apps/wellness-journal.svg").is_file()
    desktop = tmp_path / "usr/share/applications/wellness-journal.desktop"
    metainfo = next((tmp_path / "usr/share/metainfo").glob("*.metainfo.xml"))
    assert_valid(desktop, metainfo)


def assert_valid(desktop: Path, metainfo: Path) -> None:
    """desktop-file-validate and appstreamcli validate accept the files (where installed)."""
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout
        assert not result.stdout.strip(), result.stdout  # not even a hint
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["apt-get", "-y", "-q", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        timeout=600,
    )


@needs_deb
@pytest.mark.timeout(900)
@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("apt-get") is None, reason="installs with apt as root"
)
def test_deb_installs_runs_and_removes_keeping_the_journal(tmp_path: Path):
    installed = _apt("install", "--reinstall", str(DEB))
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-2000:]
    try:
        missing = []
        for path in Path("/opt/wellness-journal").rglob("*"):
            if path.is_file() and (".so" in path.name or path.name == "wellness-journal"):
                ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
                missing += [
                    f"{path}: {line.strip()}" for line in ldd.splitlines() if "not found" in line
                ]
        assert missing == []
        home = tmp_path / "home"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        run = subprocess.run(
            ["wellness-journal", "init", "--passphrase-stdin"],
            input="installed package passphrase\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        journal = home / ".local/share/wellness-journal/vault.db"
        assert journal.is_file()
        demo = subprocess.run(
            ["wellness-journal", "--demo", "--quit-after", "2"], env=env, timeout=120
        )
        assert demo.returncode == 0
    finally:
        removed = _apt("remove", "wellness-journal")
    assert removed.returncode == 0, removed.stdout[-2000:]
    assert not Path("/opt/wellness-journal").exists()
    assert not Path("/usr/bin/wellness-journal").exists()
    assert journal.is_file(), "removing the package must leave the journal"


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_smoke_test_counts_an_internet_socket(tmp_path: Path):
    """The strace check would see a socket if one were opened."""
    import smoke_test

    log = tmp_path / "trace.log"
    subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=network",
            "-o",
            str(log),
            sys.executable,
            "-c",
            "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)",
        ],
        check=True,
    )
    s = smoke_test.Smoke(Path("x"), Path("x"), tmp_path, strace=True)
    s._count_sockets("probe", log.read_text())
    assert len(s.sockets.inet) == 1


@needs_bundle
@pytest.mark.skipif(shutil.which("desktop-file-edit") is None, reason="needs desktop-file-utils")
def test_flatpak_build_commands_install_valid_files(tmp_path: Path):
    """The Flatpak's build commands, run here with /app in a temporary folder (the runtime and
    flatpak-builder's sandbox cannot be fetched on a machine without Flathub)."""
    yaml = pytest.importorskip("yaml")
    manifest_path = ROOT / "packaging" / "flatpak" / "org.wellnessjournal.WellnessJournal.yml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    module = manifest["modules"][0]
    work, app = tmp_path / "work", tmp_path / "app"
    work.mkdir()
    for source in module["sources"]:
        src = (manifest_path.parent / source["path"]).resolve()
        if source["type"] == "dir":
            shutil.copytree(src, work / source["dest"], symlinks=True)
        else:
            shutil.copy(src, work / src.name)
    script = "\n".join(c.replace("/app/", f"{app}/") for c in module["build-commands"])
    subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=work,
        check=True,
        env={**os.environ, "FLATPAK_ID": manifest["app-id"]},
    )
    app_id = manifest["app-id"]
    assert os.readlink(app / "bin/wellness-journal") == "../lib/wellness-journal/wellness-journal"
    assert (app / "bin/wellness-journal").resolve().is_file()
    assert (app / "lib/wellness-journal/wellness-journal").is_file()
    desktop = app / f"share/applications/{app_id}.desktop"
    assert f"Icon={app_id}" in desktop.read_text(encoding="utf-8")
    assert (app / f"share/icons/hicolor/scalable/apps/{app_id}.svg").is_file()
    metainfo = app / f"share/metainfo/{app_id}.metainfo.xml"
    assert f'<launchable type="desktop-id">{app_id}.desktop</launchable>' in metainfo.read_text()
    assert_valid(desktop, metainfo)


def test_strip_leaves_alone_a_library_it_would_break(tmp_path: Path):
    """numpy's OpenBLAS, rewritten by auditwheel, cannot be loaded after `strip`: the stripped
    copy is refused and the original is bundled; an ordinary library is stripped."""
    import numpy
    import strip_elf

    libs = Path(numpy.__file__).parent.parent / "numpy.libs"
    openblas = next(libs.glob("libscipy_openblas*.so"))
    assert strip_elf.stripped_copy(openblas, tmp_path / openblas.name) == openblas
    sqlcipher = next((Path(numpy.__file__).parent.parent / "sqlcipher3").glob("_sqlite3*.so"))
    stripped = strip_elf.stripped_copy(sqlcipher, tmp_path / sqlcipher.name)
    assert stripped != sqlcipher
    assert stripped.stat().st_size < sqlcipher.stat().st_size
