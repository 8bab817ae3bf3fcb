"""What goes into the PyInstaller bundle, in one place for the spec and for the bundle checks.

Pure Python (no PyInstaller, no Qt): `wellness-journal.spec` filters PyInstaller's lists with
`keep()`, and `check_bundle.py` fails a built bundle that holds anything `forbidden()` names.
Paths are bundle paths with forward slashes, relative to the folder that holds the Python
packages (`_internal/` on Linux and Windows, `Contents/Frameworks/` on macOS).
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
import subprocess
from collections.abc import Callable

# Python modules the app never needs. The network ones matter most: without `ssl` nothing in the
# bundle can speak TLS (cryptography has its own OpenSSL and no network code).
EXCLUDED_MODULES = (
    "ssl",
    "_ssl",
    # hashlib falls back to Python's own SHA-2 and HMAC code; without _hashlib the bundle needs no
    # OpenSSL library of its own (4.5 MB).
    "_hashlib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimedia",
    "tkinter",
    "_tkinter",
    "readline",
    "curses",
    "pydoc",
    "doctest",
    "pytest",
    "hypothesis",
    "numpy.testing",
    "numpy.random",  # matplotlib needs it only for boxplot bootstrapping (2.5 MB)
    "numpy.fft",  # only for matplotlib's spectrum plots (psd, specgram)
    "matplotlib.testing",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL.ImageQt",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_webagg_core",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg",
)

# Qt plugins kept, per plugin folder; every other plugin folder and file is left out (the
# tuiotouch and vnc plugins would bring QtNetwork back; tls, networkinformation, sqldrivers,
# multimedia, qml and designer plugins are never used).
KEPT_PLUGINS = {
    "platforms": (
        "*qxcb*",
        "*qwayland*",
        "*qoffscreen*",  # headless smoke tests and screenshots
        "*qwindows*",
        "*qcocoa*",
    ),
    "platformthemes": ("*qxdgdesktopportal*",),  # file dialogs through the portal (Flatpak)
    "platforminputcontexts": ("*compose*", "*ibus*"),  # dead keys, accents, input methods
    # No OpenGL integration (xcbglintegrations, wayland-graphics-integration-client): a widgets
    # app without OpenGL widgets draws into shared-memory buffers on X11 and Wayland alike.
    "wayland-shell-integration": ("*xdg-shell*",),
    "wayland-decoration-client": ("*",),
    "iconengines": ("*qsvgicon*",),
    "imageformats": ("*qsvg*",),  # the app's icons; PNG is built into QtGui
    "printsupport": ("*",),  # printing the recovery key
    "styles": ("*",),  # Windows 11 and macOS styles
}

# Host libraries PyInstaller copies from the build machine on Linux but that the desktop provides
# (the .deb depends on them): a copy from the build machine would clash with the user's graphics
# drivers and themes. Libraries shipped inside wheels (PySide6/, numpy.libs/, pillow.libs/) have
# hashed or Qt-specific names and are not matched.
LINUX_SYSTEM_LIBRARIES = (
    "libstdc++.so.*",
    "libgcc_s.so.*",
    "libX*.so.*",
    "libxcb*.so.*",
    "libxkbcommon*.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libpng16.so.*",
    "libharfbuzz.so.*",
    "libgraphite2.so.*",
    "libbrotli*.so.*",
    "libdbus-1.so.*",
    "libsystemd.so.*",
    "libglib-2.0.so.*",
    "libgobject-2.0.so.*",
    "libgio-2.0.so.*",
    "libgmodule-2.0.so.*",
    "libgthread-2.0.so.*",
    "libpcre2-*.so.*",
    "libselinux.so.*",
    "libmount.so.*",
    "libblkid.so.*",
    "libgcrypt.so.*",
    "libgpg-error.so.*",
    "liblz4.so.*",
    "libcap.so.*",
    "libzstd.so.*",
    "libz.so.*",
    "libEGL.so.*",
    "libGL*.so.*",
    "libdrm.so.*",
    "libwayland-*.so.*",
    "libcups.so.*",
    "libavahi-*.so.*",
    "libgnutls.so.*",
    "libgssapi_krb5.so.*",
    "libkrb5*.so.*",
    "libk5crypto.so.*",
    "libcom_err.so.*",
    "libkeyutils.so.*",
    "libp11-kit.so.*",
    "libtasn1.so.*",
    "libnettle.so.*",
    "libhogweed.so.*",
    "libgmp.so.*",
    "libidn2.so.*",
    "libunistring.so.*",
    "libbsd.so.*",
    "libmd.so.*",
    "libssl.so.*",
    "libreadline.so.*",
    "libtinfo.so.*",
)

# Windows: Qt's software OpenGL renderer (20 MB) and ANGLE, for OpenGL and Qt Quick only.
WINDOWS_UNUSED = ("opengl32sw.dll", "d3dcompiler_*.dll", "libEGL.dll", "libGLESv2.dll")

_TRANSLATIONS = re.compile(r"(^|/)PySide6/(Qt/)?translations/")
_PLUGIN = re.compile(
    r"(^|/)PySide6/Qt/plugins/([^/]+)/([^/]+)$|(^|/)PySide6/plugins/([^/]+)/([^/]+)$"
)
# matplotlib's sample data and toolbar images (the app draws charts without the toolbar), the
# PostScript/PDF core font metrics, and the fonts the charts never use (they use DejaVu Sans,
# upright and bold; mathematical text would use the Computer Modern fonts, kept).
_MPL_UNUSED = re.compile(
    r"(^|/)matplotlib/mpl-data/(sample_data/|images/|fonts/afm/|fonts/pdfcorefonts/"
    r"|fonts/ttf/(STIX|DejaVuSerif|DejaVuSansMono|DejaVuSans-(Bold)?Oblique))"
)


def _plugin(path: str) -> tuple[str, str] | None:
    match = _PLUGIN.search(path)
    if match is None:
        return None
    folder = match.group(2) or match.group(5)
    name = match.group(3) or match.group(6)
    return folder, name


def keep(path: str, *, platform: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle (``platform``: sys.platform)."""
    path = path.replace("\\", "/")
    if forbidden(path) or _TRANSLATIONS.search(path) or _MPL_UNUSED.search(path):
        return False
    name = posixpath.basename(path)
    if any(fnmatch.fnmatch(name, pattern) for pattern in WINDOWS_UNUSED):
        return False
    plugin = _plugin(path)
    if plugin is not None:
        folder, name = plugin
        patterns = KEPT_PLUGINS.get(folder, ())
        return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)
    if platform.startswith("linux") and "/" not in path:
        return not any(fnmatch.fnmatch(path, pattern) for pattern in LINUX_SYSTEM_LIBRARIES)
    return True


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: bundle path, source, kind


def select(
    binaries: list[Entry],
    datas: list[Entry],
    *,
    platform: str,
    needed: Callable[[str], list[str]] | None = None,
) -> tuple[list[Entry], list[Entry]]:
    """The entries to bundle: `keep()` ones; on Linux (given ``needed``, which lists the
    libraries a binary links) only the top-level libraries something kept still links; no
    symbolic link whose target was left out."""
    binaries = [e for e in binaries if keep(e[0], platform=platform)]
    datas = [e for e in datas if keep(e[0], platform=platform)]
    if platform.startswith("linux") and needed is not None:
        binaries = _linked_only(binaries, needed)
    present = {posixpath.normpath(e[0].replace("\\", "/")) for e in binaries + datas}

    def target_kept(entry: Entry) -> bool:
        dest, src, kind = entry
        if kind != "SYMLINK":
            return True
        dest = dest.replace("\\", "/")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), src.replace("\\", "/")))
        return target in present

    return [e for e in binaries if target_kept(e)], [e for e in datas if target_kept(e)]


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links (its DT_NEEDED entries), read with readelf."""
    out = subprocess.run(
        ["readelf", "-d", "-W", path], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _linked_only(binaries: list[Entry], needed: Callable[[str], list[str]]) -> list[Entry]:
    """Drop shared libraries that nothing kept links any more (copied from the build machine as
    dependencies of a plugin left out, or Qt libraries only such plugins use). Python extension
    modules, Qt plugins and the Python library (loaded by the bootloader) are what is used."""
    real = {e[0]: e for e in binaries if e[2] != "SYMLINK"}
    roots = {dest for dest in real if _ROOT.search(dest)}
    libraries = set(real) - roots
    by_name = {posixpath.basename(dest): dest for dest in real}
    reached: set[str] = set()
    todo = sorted(roots)
    while todo:
        dest = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in needed(real[dest][1]):
            if name in by_name and by_name[name] not in reached:
                todo.append(by_name[name])
    return [e for e in binaries if e[2] == "SYMLINK" or e[0] not in libraries or e[0] in reached]


_ROOT = re.compile(r"\.(cpython-[^/]*|abi3)\.so$|(^|/)plugins/|(^|/)libpython[^/]*$")


# What must never be in a bundle: the network and web parts of Qt, and Python's TLS module.
_FORBIDDEN = (
    (re.compile(r"Qt6?Network|QtNetwork", re.IGNORECASE), "Qt's network module"),
    (
        re.compile(r"WebEngine|WebView|QtWebChannel|Qt6?WebSockets", re.IGNORECASE),
        "Qt's web modules",
    ),
    (
        re.compile(r"qtwebengine.*\.(pak|dat)$|QtWebEngineProcess", re.IGNORECASE),
        "web engine files",
    ),
    (re.compile(r"(^|/)_ssl[.\w-]*\.(so|pyd)$"), "Python's TLS module"),
    (re.compile(r"(^|/)libssl[-.\w]*\.(so[.\d]*|dylib|dll)$"), "OpenSSL's TLS library"),
    (re.compile(r"(^|/)plugins/(tls|networkinformation)/"), "Qt's TLS and network plugins"),
)


def forbidden(path: str) -> str | None:
    """Why ``path`` must not be in a bundle, or None."""
    path = path.replace("\\", "/")
    for pattern, reason in _FORBIDDEN:
        if pattern.search(path):
            return reason
    return None


# Python modules that must not be in the bundle's archive, with the reason.
FORBIDDEN_MODULES = {
    "ssl": "Python's TLS module",
    "_ssl": "Python's TLS module",
    "PySide6.QtNetwork": "Qt's network module",
    "PySide6.QtWebEngineCore": "Qt's web modules",
    "PySide6.QtWebEngineWidgets": "Qt's web modules",
    "PySide6.QtWebSockets": "Qt's web modules",
}

# The size budget of the Linux bundle, as installed (du of the folder).
LINUX_BUDGET_MB = 150
