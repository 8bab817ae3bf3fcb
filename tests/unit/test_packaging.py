"""The packaging rules, without building anything: the lock files match pyproject.toml, the
bundle rules leave out the network and keep what the app needs, the bundle check catches a
network module, and the ICU repacker keeps the package format."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules  # noqa: E402
import check_bundle  # noqa: E402
import trim_icu  # noqa: E402

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$")


def pins(lock: Path) -> dict[str, list[tuple[str, str]]]:
    """Package -> [(version, marker)] of a uv/pip-tools lock file; each pin must have hashes."""
    found: dict[str, list[tuple[str, str]]] = {}
    lines = lock.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        match = PIN.match(line)
        if match:
            name, version, marker = match.groups()
            assert "--hash=sha256:" in lines[i + 1], f"{name} has no hash in {lock.name}"
            found.setdefault(str(canonicalize_name(name)), []).append((version, marker or ""))
    return found


def test_lock_pins_every_runtime_dependency_at_an_allowed_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    app = pins(ROOT / "requirements" / "app.txt")
    for text in project["dependencies"]:
        req = Requirement(text)
        name = str(canonicalize_name(req.name))
        assert name in app, (
            f"{name} is in pyproject.toml but not in requirements/app.txt: make lock"
        )
        for version, _marker in app[name]:
            assert req.specifier.contains(Version(version), prereleases=True), (name, version)
    assert "tzlocal" in app
    assert "tzdata" in app


def test_build_lock_has_the_same_app_versions_and_pins_pyinstaller():
    app = pins(ROOT / "requirements" / "app.txt")
    build = pins(ROOT / "requirements" / "build.txt")
    for name, versions in app.items():
        assert sorted(build.get(name, [])) == sorted(versions), name
    assert len(build["pyinstaller"]) == 1
    assert "pytest" not in build
    assert "ruff" not in build


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/lib/QtWebEngineCore.framework/Resources/qtwebengine_resources.pak",
        "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
        "_ssl.pyd",
        "libssl-3-x64.dll",
        "libssl.so.3",
    ],
)
def test_network_and_tls_files_are_forbidden_and_never_kept(path: str):
    assert bundle_rules.forbidden(path)
    assert not bundle_rules.keep(path, platform="linux")
    assert not bundle_rules.keep(path, platform="win32")


@pytest.mark.parametrize(
    ("path", "platform", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", False),  # links QtNetwork
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", "linux", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", True),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32", True),
        ("PySide6/translations/qtbase_de.qm", "win32", False),
        ("PySide6/Qt/translations/qtbase_de.qm", "linux", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "linux", True),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", "linux", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", "linux", False),
        ("matplotlib/mpl-data/matplotlibrc", "linux", True),
        ("wellness_journal/assets/app-icon.svg", "linux", True),
        ("libstdc++.so.6", "linux", False),  # the desktop's own
        ("libxcb-cursor.so.0", "linux", False),
        ("libpython3.11.so.1.0", "linux", True),
        ("libffi.so.8", "linux", True),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "linux", True),  # Pillow's own copy
        ("libstdc++-6.dll", "win32", True),
        ("PySide6/opengl32sw.dll", "win32", False),
        ("PySide6/d3dcompiler_47.dll", "win32", False),
    ],
)
def test_keep_rules(path: str, platform: str, kept: bool):
    assert bundle_rules.keep(path, platform=platform) is kept


def test_select_drops_libraries_nothing_links_and_dangling_links():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "/src/libQt6EglFsKmsSupport.so.6", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # only the GTK theme linked it
        ("libffi.so.8", "/usr/lib/libffi.so.8", "BINARY"),
        ("python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so", "/x/_ctypes", "BINARY"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/x/_ctypes": ["libffi.so.8"],
    }
    kept, _ = bundle_rules.select(
        binaries, [], platform="linux", needed=lambda src: links.get(src, [])
    )
    names = {dest for dest, _, _ in kept}
    assert names == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libffi.so.8",
        "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    }


def test_bundle_check_names_network_modules_and_tls_users(tmp_path: Path):
    internal = tmp_path / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF core")
    (internal / "cryptography").mkdir()
    (internal / "cryptography" / "_rust.abi3.so").write_bytes(b"\x7fELF SSL_CTX_new")
    clean = check_bundle.inspect(tmp_path)
    assert clean.problems == []

    (internal / "PySide6" / "Qt" / "lib" / "libQt6Network.so.6").write_bytes(b"\x7fELF")
    (internal / "libcurlish.so.4").write_bytes(b"\x7fELF needs libssl.so.3")
    problems = check_bundle.inspect(tmp_path).problems
    assert len(problems) == 2
    assert any("libQt6Network" in p for p in problems)
    assert any("libcurlish" in p and "TLS" in p for p in problems)


def _package(items: list[tuple[bytes, bytes]]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\x00" * 28
    return trim_icu.join_package(header, items)


def test_icu_repacker_keeps_the_items_qt_reads_and_the_format():
    items = [
        (b"icudt73l/brkitr/thaidict.dict", b"d" * 40),
        (b"icudt73l/coll/de.res", b"c" * 17),
        (b"icudt73l/curr/de.res", b"x" * 5),
        (b"icudt73l/de.res", b"l" * 3),
        (b"icudt73l/ibm-943_P15A-2003.cnv", b"v" * 9),
        (b"icudt73l/nfc.nrm", b"n" * 33),
        (b"icudt73l/zone/de.res", b"z" * 2),
        (b"icudt73l/zone/en.res", b"e" * 2),
    ]
    package = _package(items)
    _header, parsed = trim_icu.split_package(package)
    assert [name for name, _ in parsed] == [name for name, _ in items]
    assert [data[: len(item)] for (_, data), (_, item) in zip(parsed, items, strict=True)] == [
        item for _, item in items
    ]
    trimmed, kept, dropped = trim_icu.trim(package)
    assert (kept, dropped) == (4, 4)
    names = [name for name, _ in trim_icu.split_package(trimmed)[1]]
    assert names == [
        b"icudt73l/coll/de.res",
        b"icudt73l/de.res",
        b"icudt73l/nfc.nrm",
        b"icudt73l/zone/en.res",
    ]


def _yaml(path: Path) -> dict:  # type: ignore[type-arg]
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_release_workflow_builds_the_three_systems_with_the_local_script():
    workflow = _yaml(ROOT / ".github" / "workflows" / "release.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    for system, runner in (("linux", "ubuntu"), ("windows", "windows"), ("macos", "macos")):
        job = jobs[system]
        assert job["runs-on"].startswith(runner)
        runs = "\n".join(step.get("run", "") for step in job["steps"])
        assert f"packaging/build.sh {system}" in runs
        assert "packaging/smoke_test.py" in runs
        uploads = [
            s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
        ]
        assert uploads
        assert f"SHA256SUMS-{system}.txt" in uploads[0]["with"]["path"]
    assert "--strace" in "\n".join(step.get("run", "") for step in jobs["linux"]["steps"])
    assert set(jobs["release"]["needs"]) == {"linux", "windows", "macos"}


def test_flatpak_has_no_network_and_uses_the_portal():
    manifest_path = ROOT / "packaging" / "flatpak" / "org.wellnessjournal.WellnessJournal.yml"
    manifest = _yaml(manifest_path)
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith(("--filesystem", "--device", "--talk-name"))]
    assert "--socket=wayland" in args
    assert "--socket=fallback-x11" in args
    assert manifest["app-id"] == manifest_path.stem == bundle_metainfo_id()


def bundle_metainfo_id() -> str:
    metainfo = next((ROOT / "packaging" / "linux").glob("*.metainfo.xml"))
    found = re.search(r"<id>([^<]+)</id>", metainfo.read_text(encoding="utf-8"))
    assert found is not None
    assert metainfo.name == f"{found.group(1)}.metainfo.xml"
    return found.group(1)


def test_every_module_of_the_app_imports_without_what_the_bundle_leaves_out():
    """The bundle's self-check imports every module; a module needing something the bundle
    leaves out fails the build there (the Linux screen-lock watcher needed QtDBus, left out, and
    no Linux package could be built; the app would have stopped locking when the screen locks,
    silently). Caught here, without building anything."""
    script = (
        "import importlib, pkgutil, wellness_journal\n"
        "for m in pkgutil.walk_packages(wellness_journal.__path__, 'wellness_journal.'):\n"
        "    importlib.import_module(m.name)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "packaging" / "tests" / "without_excluded"), str(ROOT / "src")]
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
