"""Writers an opinion piece names without a signature block, and the outlet of an editorial.

"Karin Malm svarar Per Sundin" (the reply's writer is the subject), "Av styrelsen för
Hyresgästföreningen" (a byline), "..., skriver partiet i en debattartikel" (the party named in
the lead), "Vi i föreningen menar ..." (the association named before), and an unsigned
editorial's outlet (the document's, or the one a label names: "SvD:s ledarsida är ..."). Each
is an ``Author`` with the span of the words naming it; ``authors.register_authors`` makes the
actor those words are a mention of the author.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.opinion.labels import Labels
from desktop_app.core.analysis.opinion.signature import Author
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text.vocabulary import Vocabulary

_PLACE_RE = re.compile(r"\s+(?:i|in)\s+[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)*(?=\s*$)")
EDITORIAL_VOICE = "the editorial page"  # an editorial whose outlet the text does not name
_LEAD_GROUP_RE = {
    "sv": re.compile(r"(?<![\w-])skriver\s+(?P<who>[\w-]+)(?=\s+i\s+en\s+(?:debattartikel|replik|artikel|insändare)|[.,])"),
    "en": re.compile(r"(?<![\w-])writes?\s+(?P<who>the\s+[\w-]+)(?=[.,]|\s+in\s+an?\s+)"),
}
_WE_RE = {
    "sv": re.compile(r"(?<![\w-])[Vv]i\s+(?:i|på|inom)\s+(?P<who>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)*|[a-zåäö]+(?:et|en))(?![\w-])"),
    "en": re.compile(
        r"(?<![\w-])[Ww]e\s+at\s+(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?![\w-])"
    ),
}


def named_writers(
    text: str,
    lead: list[tuple[int, int]],
    body: list[tuple[int, int]],
    labels: Labels,
    voc: Vocabulary,
    outlet: str | None,
    *,
    opinion: bool = False,
) -> list[Author]:
    """The writer the text names, or the outlet of an editorial; [] when it names none."""
    if labels.reply is not None:
        start, end = labels.reply
        ref = speaker_before(text, end, start, voc)
        if ref is not None and ref.kind in ("name", "noun"):
            stop = ref.end
            place = _PLACE_RE.match(text, ref.end, end)
            if place is not None:
                stop = place.end()  # "Fältbiologerna i Dalarna svarar": the branch writes
            return [Author(" ".join(text[ref.start : stop].split()), span=(ref.start, stop))]
    if labels.byline is not None:
        start, end = labels.byline
        kind = "person" if labels.byline_person else "organization"
        return [Author(" ".join(text[start:end].split()), kind=kind, span=(start, end))]
    pattern = _LEAD_GROUP_RE.get(voc.language)
    for start, end in lead if pattern is not None else ():
        for m in pattern.finditer(text, start, end):
            word = m.group("who").casefold()
            if word in voc.group_nouns:
                return [Author(m.group("who"), kind="organization", span=(m.start("who"), m.end("who")))]
    if (labels.opinion or opinion) and not labels.editorial:
        we = _WE_RE.get(voc.language)
        for start, end in body if we is not None else ():
            m = we.search(text, start, end)
            if m is not None:
                return [Author(m.group("who"), kind="organization", span=(m.start("who"), m.end("who")))]
    if labels.editorial:
        if outlet:
            return [Author(outlet, kind="organization")]
        if labels.outlet is not None:
            start, end = labels.outlet
            # No span: the recognizer may read more into a label ("Tribune Editorial Board").
            return [Author(text[start:end], kind="organization")]
        return [Author(EDITORIAL_VOICE, kind="organization")]
    return []


_OPENING_WE_RE = {
    "sv": re.compile(r"(?m)(?:^|(?<=[.!?]\s))[Vv]i\s+(?:i|på|inom)\s+(?P<who>[A-ZÅÄÖ][\w-]*(?:\s+(?:[A-ZÅÄÖ][\w-]*|i\s+[A-ZÅÄÖ][\w-]*))*)(?![\w-])"),
    "en": re.compile(r"(?m)(?:^|(?<=[.!?]\s))[Ww]e\s+at\s+(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of\s+[A-Z][\w-]*))*)(?![\w-])"),
}


def opening_we_writer(text: str, lead: list[tuple[int, int]], voc: Vocabulary) -> list[Author]:
    """A text of unknown genre whose narration opens with "Vi i Naturskyddsföreningen i Jämtland
    ..." or "We at the Ramblers ...": the organization writes it (an opinion piece with no label
    or signature). Only a sentence of narration counts: a dash or quotation mark before it is a quote."""
    pattern = _OPENING_WE_RE.get(voc.language)
    for start, end in lead if pattern is not None else ():
        para = text[start:end]
        if para[:1] in "–—-\"”“«»" :
            continue
        m = pattern.search(text, start, end)
        if m is not None and not any(c in text[start : m.start()] for c in "\"”“«»"):
            return [Author(" ".join(m.group("who").split()), kind="organization", span=(m.start("who"), m.end("who")))]
    return []

