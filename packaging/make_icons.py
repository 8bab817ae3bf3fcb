"""Render the app icon (assets/app-icon.svg) into the images the packages need, in build/icons/:
PNGs (48 to 1024 px, for macOS and the Linux icon theme) and a Windows .ico (16 to 256 px).

Uses Qt's SVG renderer (offscreen) and Pillow, both in the build environment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(svg: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"wellness-journal-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


def make_ico(out_dir: Path) -> Path:
    from PIL import Image

    ico = out_dir / "wellness-journal.ico"
    big = Image.open(out_dir / "wellness-journal-256.png")
    big.save(ico, sizes=[(s, s) for s in SIZES if s <= 256])
    return ico


def main() -> int:
    out_dir = ROOT / "build" / "icons"
    render(ROOT / "assets" / "app-icon.svg", out_dir)
    make_ico(out_dir)
    print(f"icons: {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
