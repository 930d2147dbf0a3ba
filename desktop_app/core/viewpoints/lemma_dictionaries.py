"""simplemma's word lists, held in many small dicts instead of one big one (same lemmas).

simplemma reads a language's list into one ``dict`` (963,931 entries for Swedish). A dict grows by
copying itself into a table twice the size, in one C call that holds Python's lock: the last
copies of the Swedish list took 21, 45 and (under load) 145 ms. The viewpoints are computed in a
worker thread of the window's process, so the window's own thread waited that long, unpainted,
the first time two documents were compared. Here the entries are spread by their hash over
``SHARDS`` dicts, so no copy moves more than a few thousand of them, and the lock changes hands
between any two as it does between Python lines. A lookup costs one more index.

The list is read from the same file, record by record, by simplemma's own decoder (``frontcode``,
which its low-memory backend reads the same way); the mapping answers exactly as simplemma's
(``MappingStrToByteString``): the UTF-8 key looked up, the value decoded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from simplemma.strategies.dictionaries import frontcode
from simplemma.strategies.dictionaries.dictionary_factory import (
    CachingDictionaryFactory,
    DecodedStrMapping,
    _read_decompressed,
)

SHARDS = 512  # ~1,900 Swedish entries each: a shard's growth copies at most that many
_MASK = SHARDS - 1


class ShardedMapping(DecodedStrMapping):
    """A language's ``str -> str`` word list in ``SHARDS`` small ``bytes -> bytes`` dicts."""

    __slots__ = ("_shards", "_count")

    def __init__(self, lang: str) -> None:
        data = _read_decompressed(lang)  # checks the language; lzma lets go of the lock meanwhile
        reverse, count, pos = frontcode._read_header(data)
        shards: list[dict[bytes, bytes]] = [{} for _ in range(SHARDS)]
        records = frontcode._iter_records(data, pos)
        n, where = 0, hash  # (a local name: this loop runs a million times)
        if reverse:
            for n, (_start, key, value) in enumerate(records, 1):
                key = key[::-1]
                shards[where(key) & _MASK][key] = value[::-1]
        else:
            for n, (_start, key, value) in enumerate(records, 1):
                shards[where(key) & _MASK][key] = value
        if n != count:
            raise ValueError(frontcode._CORRUPT_STREAM_MSG)
        self._shards = shards
        self._count = n

    def _lookup(self, key: str) -> str | None:
        raw = key.encode()
        value = self._shards[hash(raw) & _MASK].get(raw)
        return value.decode() if value is not None else None

    def __iter__(self) -> Iterator[str]:
        for shard in self._shards:
            for key in shard:
                yield key.decode()

    def __len__(self) -> int:
        return self._count

    def largest_shard(self) -> int:
        """Entries in the fullest shard (what one growth of a dict can copy at most)."""
        return max(len(shard) for shard in self._shards)


class ShardedDictionaryFactory(CachingDictionaryFactory):
    """simplemma's ``DictionaryFactory`` over ``ShardedMapping``: one per language, kept."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        return ShardedMapping(lang)


def sharded_lemmatizer():
    """A ``simplemma.Lemmatizer`` as ``simplemma.lemmatize`` uses (the default strategy, not
    greedy), reading its word lists through ``ShardedDictionaryFactory``."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=ShardedDictionaryFactory()))
