"""Before starting the window on Linux: are the system libraries Qt's xcb platform needs present?

Prints the exact apt-get line and exits 1 when some are missing. Elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# (library soname without "lib" and version, Debian/Ubuntu package)
NEEDED = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("EGL", "libegl1"),
    ("fontconfig", "libfontconfig1"),
    ("dbus-1", "libdbus-1-3"),
)


def missing() -> list[str]:
    return [package for lib, package in NEEDED if ctypes.util.find_library(lib) is None]


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb"):
        return 0
    packages = missing()
    if not packages:
        return 0
    print("Qt needs some system libraries that are not installed:", ", ".join(packages))
    print("Install them with:\n")
    print("    sudo apt-get install " + " ".join(packages))
    print("\n(then run the same make command again)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
