"""Make a smaller ICU data library for the Linux bundle (32 MB -> about 12 MB).

Qt on Linux links ICU, and its data library (libicudata.so.NN) holds every ICU data item:
converters for legacy encodings, word-break dictionaries, unit, currency, language and region
names in 200 languages, transliterators. Qt uses ICU only for sorting (collation), case mapping
and the names of time zones, and converts text with its own UTF-8/UTF-16 code. This keeps the
collation, normalisation and core locale items and rebuilds the library with the same
name and the same single symbol (``icudtNN_dat``), using the C compiler. Qt's file dialog sorts names with ICU's collation, so
collation data is kept for every language; time zone names only in English (Qt's own tables
format dates and numbers, and the app shows no time zone names).

    python packaging/trim_icu.py IN/libicudata.so.73 OUT/libicudata.so.73
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Items (paths inside the package, after "icudtNNl/") that Qt never asks for.
DROPPED = re.compile(
    r"^(brkitr|unit|curr|lang|region|translit|rbnf)/"  # dictionaries and display names
    r"|^zone/(?!(root|en|pool|res_index)\.res$)"  # time zone names but in English (root)
    r"|\.cnv$"  # legacy encoding converters
    r"|\.spp$"  # stringprep profiles (IDNA2003)
)

_MAGIC = (0xDA, 0x27)
_PAD = b"\xaa"  # what icupkg pads with


def split_package(data: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The header and the (name, item) pairs of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != _MAGIC:
        raise ValueError("not an ICU data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = data[start : data.index(b"\0", start)]
        end = toc + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[toc + data_offset : end]))
    return data[:header_size], items


def join_package(header: bytes, items: list[tuple[bytes, bytes]]) -> bytes:
    """The package for ``items`` (already sorted by name), laid out as ICU's icupkg does."""
    count = len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    table_size = 4 + 8 * count
    data_start = _align(table_size + len(names))
    entries, blobs, name_offset, data_offset = [], [], table_size, data_start
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = item + _PAD * (_align(len(item)) - len(item))
        blobs.append(padded)
        data_offset += len(padded)
    toc = struct.pack("<I", count) + b"".join(entries) + names
    toc += _PAD * (data_start - len(toc))
    if len(header) % 16:
        raise ValueError("unexpected ICU header size")
    return header + toc + b"".join(blobs)


def _align(n: int) -> int:
    return (n + 15) & ~15


def trim(data: bytes) -> tuple[bytes, int, int]:
    """The trimmed package, and the number of items kept and dropped."""
    header, items = split_package(data)
    kept = [(n, d) for n, d in items if not DROPPED.search(n.decode().split("/", 1)[-1])]
    return join_package(header, kept), len(kept), len(items) - len(kept)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol of an ICU data library: name, file offset, size (from readelf)."""
    out = subprocess.run(
        ["readelf", "-W", "--dyn-syms", "--sections", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    symbol = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)", out
    )
    section = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", out)
    if symbol is None or section is None:
        raise ValueError(f"{library} is not an ICU data library")
    address, size = int(symbol.group(1), 16), int(symbol.group(2), 0)
    offset = address - int(section.group(1), 16) + int(section.group(2), 16)
    return symbol.group(3), offset, size


def rebuild(library: Path, out: Path, *, cc: str = "cc") -> tuple[int, int]:
    """Write the trimmed library to ``out``; return the sizes before and after (bytes)."""
    name, offset, size = _symbol(library)
    package, _, _ = trim(library.read_bytes()[offset : offset + size])
    soname = library.name
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icu.dat"
        dat.write_bytes(package)
        asm = Path(tmp) / "icu.S"
        asm.write_text(
            f".section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n"
            f'.incbin "{dat}"\n.size {name}, . - {name}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-s", "-o", str(out), str(asm)],
            check=True,
        )
    return library.stat().st_size, out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("library", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    before, after = rebuild(args.library, args.out)
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
