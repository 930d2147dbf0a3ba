"""Read members of ZIP-based documents (DOCX, ODT, EPUB) without trusting their size claims.

A zip bomb is refused from its directory (total size, compression ratio) and again while reading,
because the sizes in a ZIP directory can lie.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from desktop_app.core.importers._errors import FormatError

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # real XML compresses 5-30x; a run of zeros 1000x
RATIO_CHECK_FROM = 1024 * 1024  # small members may compress absurdly well and are harmless
_CHUNK = 1024 * 1024


class SafeZip:
    """A ZIP archive in memory whose members are read with hard size limits."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
                NotImplementedError, RuntimeError):
            raise FormatError(f"damaged or truncated {kind} file (not a readable ZIP archive)") \
                from None
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_UNCOMPRESSED:
            limit_mb = MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)
            raise FormatError(f"{kind} unpacks to {total // (1024 * 1024)} MB; refused as a "
                              f"possible zip bomb (limit {limit_mb} MB)")
        for info in infos:
            if info.file_size > RATIO_CHECK_FROM and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise FormatError(f"{kind} member {info.filename} is compressed "
                                  f"{info.file_size // max(info.compress_size, 1)}:1; refused as a "
                                  "possible zip bomb")
        self._names = {info.filename for info in infos}
        self._read_total = 0

    def names(self) -> set[str]:
        return set(self._names)

    def has(self, name: str) -> bool:
        return name in self._names

    def read(self, name: str) -> bytes:
        """A member's bytes; :class:`FormatError` if missing, damaged or bigger than claimed."""
        if name not in self._names:
            raise FormatError(f"not a valid {self.kind} ({name} is missing)")
        self._check_size(self._zip.getinfo(name))
        try:
            info = self._zip.getinfo(name)
            limit = min(info.file_size, MAX_MEMBER_BYTES)
            chunks: list[bytes] = []
            size = 0
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > limit or self._read_total > MAX_TOTAL_UNCOMPRESSED:
                        raise FormatError(f"{self.kind} member {name} is larger than its "
                                          "archive says; refused as a possible zip bomb")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise self.damaged(name, exc) from None
        return b"".join(chunks)

    def _check_size(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > MAX_MEMBER_BYTES:
            raise FormatError(f"{self.kind}: {part_name(self.kind, info.filename)} unpacks to "
                              f"{info.file_size / (1024 * 1024):.0f} MB (the limit is "
                              f"{MAX_MEMBER_BYTES // (1024 * 1024)} MB)")

    def damaged(self, name: str, exc: BaseException | None = None) -> FormatError:
        """The refusal for a member that cannot be unpacked (encrypted, corrupt, cut off)."""
        detail = f"{name}: {type(exc).__name__}: {exc}" if exc is not None else name
        if isinstance(exc, NotImplementedError) or "encrypt" in str(exc).lower():
            return FormatError(f"{self.kind} is encrypted or uses an unsupported compression; "
                               "save an unprotected copy", detail)
        return FormatError(f"damaged {self.kind}: {part_name(self.kind, name)} is corrupt", detail)

    def stream(self, name: str) -> _MemberStream:
        """A member as a file-like object for incremental parsing, with the same hard limits."""
        if name not in self._names:
            raise FormatError(f"not a valid {self.kind} ({name} is missing)")
        info = self._zip.getinfo(name)
        self._check_size(info)
        try:
            member = self._zip.open(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise self.damaged(name, exc) from None
        return _MemberStream(self, name, member, min(info.file_size, MAX_MEMBER_BYTES))

    def read_optional(self, name: str) -> bytes | None:
        return self.read(name) if name in self._names else None


_PARTS = {"word/document.xml": "the document part", "content.xml": "the document part",
          "docProps/core.xml": "the document properties", "meta.xml": "the document properties",
          "word/styles.xml": "the styles part", "META-INF/container.xml": "the container file"}


def part_name(kind: str, name: str) -> str:
    """How a member is named to a user: "the document part", or its file name in the archive."""
    return _PARTS.get(name, f"the part {name}")


class _MemberStream:
    """``read(size)`` over a ZIP member, refusing past its limit and naming damage clearly."""

    def __init__(self, archive: SafeZip, name: str, member, limit: int) -> None:  # noqa: ANN001
        self._archive, self._name, self._member, self._limit = archive, name, member, limit
        self._size = 0

    def read(self, size: int = -1) -> bytes:
        try:
            chunk = self._member.read(_CHUNK if size is None or size < 0 else min(size, _CHUNK))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise self._archive.damaged(self._name, exc) from None
        self._size += len(chunk)
        self._archive._read_total += len(chunk)
        if self._size > self._limit or self._archive._read_total > MAX_TOTAL_UNCOMPRESSED:
            raise FormatError(f"{self._archive.kind} member {self._name} is larger than its "
                              "archive says; refused as a possible zip bomb")
        return chunk


def zip_kind(data: bytes) -> str | None:
    """Which ZIP-based document ``data`` is ("docx", "odt", "epub"), from its member names."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = b""
        if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
            mimetype = archive.read("mimetype").strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
            zlib.error, NotImplementedError, RuntimeError):
        return None
    if mimetype == b"application/epub+zip" or "META-INF/container.xml" in names:
        return "epub"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text") or \
            (not mimetype and "content.xml" in names):
        return "odt"
    if "word/document.xml" in names:
        return "docx"
    return None
