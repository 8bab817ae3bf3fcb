"""Strip debug symbols from the Linux bundle's libraries, safely.

PyInstaller's own `strip=True` strips every library, and `strip` corrupts libraries that
auditwheel's patchelf has rewritten (numpy's OpenBLAS then fails to load: "ELF load command
address/offset not page-aligned", and with it numpy, matplotlib and every chart). This strips a
copy, checks that every loadable segment is still page-aligned (the loader's own check), and
keeps the copy only then; otherwise the original goes into the bundle.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

PAGE = 4096  # x86-64

_LOAD = re.compile(r"^\s*LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+", re.MULTILINE)


def segments_aligned(path: Path) -> bool:
    """Whether every PT_LOAD segment's address and file offset agree modulo the page size."""
    out = subprocess.run(
        ["readelf", "-l", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    loads = _LOAD.findall(out)
    return bool(loads) and all(
        (int(vaddr, 16) - int(offset, 16)) % PAGE == 0 for offset, vaddr in loads
    )


def stripped_copy(source: Path, out: Path) -> Path:
    """``out``, a stripped copy of ``source``, if stripping made it smaller and left it
    loadable; else ``source`` itself."""
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, out)
    out.chmod(0o755)
    result = subprocess.run(
        ["strip", "--strip-unneeded", str(out)], capture_output=True, text=True, check=False
    )
    if (
        result.returncode != 0
        or out.stat().st_size >= source.stat().st_size
        or not segments_aligned(out)
    ):
        out.unlink()
        return source
    return out
