"""Rows read straight from the pages of a damaged SQLite file, where SQLite itself gives up.

When the header, the first page or a table's upper pages are destroyed, or the file is cut short,
SQLite cannot walk the tables any more although most rows still sit intact on their leaf pages.
This reads the file format (https://sqlite.org/fileformat2.html) directly: every table leaf page,
every cell on it, its overflow chain, and the record in it. A cell that does not decode exactly
(lengths that do not add up, a broken overflow chain) is skipped. Pages on the free list (deleted
data) are skipped when the header still says where the list is. What a row belongs to is for the
caller to decide from its shape and content (``salvage`` checks every document against its hash).
"""

from __future__ import annotations

import mmap
import struct
from collections.abc import Iterator
from pathlib import Path

_MAGIC = b"SQLite format 3\x00"
_LEAF_TABLE = 0x0D
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


class _Bad(Exception):
    """A cell that does not decode."""


def scan_rows(path: Path) -> Iterator[tuple[int, list]]:
    """(rowid, column values) of every table row on the file's leaf pages that decodes whole."""
    with open(path, "rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return
        try:
            yield from _Scanner(data).rows()
        finally:
            data.close()


class _Scanner:
    def __init__(self, data: mmap.mmap) -> None:
        self.data = data
        header_ok = data[:16] == _MAGIC
        size = struct.unpack(">H", data[16:18])[0] if header_ok and len(data) >= 100 else 0
        size = 65536 if size == 1 else size
        self.page_size = size if size in _PAGE_SIZES else self._guess_page_size()
        reserved = data[20] if header_ok and size in _PAGE_SIZES else 0
        self.usable = self.page_size - reserved
        self.pages = len(data) // self.page_size
        self.free = self._freelist() if header_ok and size in _PAGE_SIZES else set()

    def _guess_page_size(self) -> int:
        """The page size at which most pages start like a b-tree page (the header is gone)."""
        best, best_score = 4096, -1
        for size in _PAGE_SIZES:
            pages = len(self.data) // size
            score = sum(1 for p in range(2, min(pages, 400) + 1) if self._looks_like_leaf((p - 1) * size, size))
            if score > best_score:
                best, best_score = size, score
        return best

    def _looks_like_leaf(self, offset: int, size: int) -> bool:
        data = self.data
        if data[offset] != _LEAF_TABLE:
            return False
        cells, start = struct.unpack(">HH", data[offset + 3:offset + 7])
        return 0 < cells < size // 4 and 8 + 2 * cells <= (start or 65536) <= size

    def _freelist(self) -> set[int]:
        free: set[int] = set()
        trunk = struct.unpack(">I", self.data[32:36])[0]
        while 0 < trunk <= self.pages and trunk not in free:
            free.add(trunk)
            offset = (trunk - 1) * self.page_size
            following, count = struct.unpack(">II", self.data[offset:offset + 8])
            if count > (self.usable - 8) // 4:
                break
            leaves = struct.unpack(f">{count}I", self.data[offset + 8:offset + 8 + 4 * count])
            free.update(p for p in leaves if 0 < p <= self.pages)
            trunk = following
        return free

    def rows(self) -> Iterator[tuple[int, list]]:
        for page in range(1, self.pages + 1):
            if page in self.free:
                continue
            offset = (page - 1) * self.page_size
            head = offset + (100 if page == 1 else 0)
            if self.data[head] != _LEAF_TABLE:
                continue
            cells = struct.unpack(">H", self.data[head + 3:head + 5])[0]
            if not 0 < cells <= self.page_size // 4:
                continue
            for i in range(cells):
                pointer = struct.unpack(">H", self.data[head + 8 + 2 * i:head + 10 + 2 * i])[0]
                if not 8 <= pointer < self.usable:
                    continue
                try:
                    rowid, payload = self._cell(offset, pointer)
                    values = _record(payload)
                except (_Bad, struct.error, IndexError, UnicodeDecodeError):
                    continue
                yield rowid, values

    def _cell(self, page_offset: int, pointer: int) -> tuple[int, bytes]:
        data, usable = self.data, self.usable
        pos = page_offset + pointer
        size, pos = _varint(data, pos)
        rowid, pos = _varint(data, pos)
        limit = usable - 35
        if size <= limit:
            local = size
        else:
            least = (usable - 12) * 32 // 255 - 23
            local = least + (size - least) % (usable - 4)
            local = local if local <= limit else least
        if pos + local > page_offset + self.page_size:
            raise _Bad
        parts = [bytes(data[pos:pos + local])]
        missing = size - local
        if missing:
            overflow = struct.unpack(">I", data[pos + local:pos + local + 4])[0]
            seen: set[int] = set()
            while missing > 0:
                if not 0 < overflow <= self.pages or overflow in seen:
                    raise _Bad
                seen.add(overflow)
                start = (overflow - 1) * self.page_size
                take = min(missing, usable - 4)
                parts.append(bytes(data[start + 4:start + 4 + take]))
                missing -= take
                overflow = struct.unpack(">I", data[start:start + 4])[0]
        payload = b"".join(parts)
        if len(payload) != size:
            raise _Bad
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        return rowid, payload


def _varint(data: bytes | mmap.mmap, pos: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[pos + i]
        if i == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    raise _Bad  # pragma: no cover - the loop always returns


def _record(payload: bytes) -> list:
    """The column values of a record; ``_Bad`` unless its header and body add up exactly."""
    header_size, pos = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise _Bad
    types = []
    while pos < header_size:
        serial, pos = _varint(payload, pos)
        types.append(serial)
    if pos != header_size:
        raise _Bad
    values: list = []
    for serial in types:
        if serial == 0:
            values.append(None)
        elif 1 <= serial <= 6:
            width = (1, 2, 3, 4, 6, 8)[serial - 1]
            values.append(int.from_bytes(payload[pos:pos + width], "big", signed=True))
            pos += width
        elif serial == 7:
            values.append(struct.unpack(">d", payload[pos:pos + 8])[0])
            pos += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            length = (serial - 12) // 2
            chunk = payload[pos:pos + length]
            if len(chunk) != length:
                raise _Bad
            values.append(chunk.decode("utf-8") if serial % 2 else bytes(chunk))
            pos += length
        else:
            raise _Bad
    if pos != len(payload):
        raise _Bad
    return values
