"""Write SHA-256 sums in the format `sha256sum -c` and `shasum -a 256 -c` read.

    python packaging/sums.py dist/SHA256SUMS-linux.txt dist/wellness-journal_0.1.0_amd64.deb ...

The names in the file are the files' names (the sums file sits beside them).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: sums.py SUMS_FILE FILE...", file=sys.stderr)
        return 2
    out = Path(argv[0])
    lines = [f"{sha256(Path(name))}  {Path(name).name}\n" for name in argv[1:]]
    out.write_text("".join(lines), encoding="utf-8", newline="\n")
    print(f"{out}:")
    print("".join(lines), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
