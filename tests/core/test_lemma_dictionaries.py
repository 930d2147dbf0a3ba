"""simplemma's word lists in many small dicts: the same entries, the same lemmas, no big dict."""

from __future__ import annotations

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory, frontcode

from desktop_app.core.viewpoints import lemma_dictionaries, terms
from desktop_app.core.viewpoints.lemma_dictionaries import SHARDS, ShardedMapping, sharded_lemmatizer
from desktop_app.paths import RESOURCES_DIR, SEEDS_DIR


@pytest.fixture(scope="module", params=["sv", "en"])
def both(request):
    lang = request.param
    return lang, ShardedMapping(lang), dictionary_factory._load_dictionary_from_disk(lang)


def test_every_entry_is_simplemmas(both):
    _lang, sharded, plain = both
    assert len(sharded) == len(plain)
    merged: dict[bytes, bytes] = {}
    for shard in sharded._shards:
        merged.update(shard)
    assert merged == plain
    for key, value in list(plain.items())[::997]:  # and through the str mapping simplemma reads
        assert sharded[key.decode()] == sharded.get(key.decode()) == value.decode()
    assert sum(1 for _ in sharded) == len(plain)
    assert sharded.get("xqzzyq-no-such-word") is None
    with pytest.raises(KeyError):
        sharded["xqzzyq-no-such-word"]


def test_a_list_stored_reversed_is_read_as_simplemma_reads_it(monkeypatch):
    # (of simplemma's lists only Swahili's is, five million entries: the English one, marked
    # reversed, stands in for it)
    data = dictionary_factory._read_decompressed("en")
    flag = len(frontcode._MAGIC)
    flipped = data[:flag] + bytes([data[flag] | frontcode._REVERSE_FLAG]) + data[flag + 1:]
    monkeypatch.setattr(lemma_dictionaries, "_read_decompressed", lambda lang: flipped)
    sharded = ShardedMapping("en")
    merged: dict[bytes, bytes] = {}
    for shard in sharded._shards:
        merged.update(shard)
    assert merged == frontcode._decode_stream(flipped)


def test_no_shard_holds_more_than_a_few_thousand(both):
    # the point: growing a dict copies all of it while holding Python's lock, so the
    # biggest dict decides how long another thread (the window's) can wait
    _lang, sharded, plain = both
    assert sharded.largest_shard() <= 2 * len(plain) // SHARDS
    assert sharded.largest_shard() < 5_000


def words_of(lang: str) -> list[str]:
    """Every word of the user guide in the language (and, in Swedish, of the seed texts)."""
    import re

    guide = RESOURCES_DIR / "guide" / ("user_guide_sv.html" if lang == "sv" else "user_guide.html")
    texts = [re.sub(r"<[^>]+>", " ", guide.read_text(encoding="utf-8"))]
    if lang == "sv":
        texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    return sorted({m.group() for text in texts for m in terms.TOKEN_RE.finditer(text)})


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_same_lemmas_as_simplemma(lang):
    words = words_of(lang)
    assert len(words) > 150
    words += [w.casefold() for w in words] + [w + "s" for w in words[:200]] + ["IS-återvändare", "don't", "1990"]
    ours = sharded_lemmatizer()
    assert [ours.lemmatize(w, lang) for w in words] == [simplemma.lemmatize(w, lang=lang) for w in words]


def test_a_bad_language_is_refused():
    with pytest.raises(ValueError):
        ShardedMapping("xx")


def test_the_viewpoints_engine_reads_the_sharded_lists():
    terms.lemmatizer("sv")("insatserna")
    shared = terms._Lemmatizer._shared
    assert shared is not None
    strategy = shared._lemmatization_strategy
    factory = strategy._dictionary_lookup._dictionary_factory
    assert isinstance(factory, lemma_dictionaries.ShardedDictionaryFactory)
    assert isinstance(factory.get_dictionary("sv"), ShardedMapping)
