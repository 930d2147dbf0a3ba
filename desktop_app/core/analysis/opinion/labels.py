"""What the text says about itself: editorial and debate labels, reply lines, bylines.

"LEDARE", "Ledarsidan", "Detta är en ledartext", "SvD:s ledarsida är obunden moderat",
"Östra Småland är en oberoende liberal tidning" mark an editorial: the outlet speaks.
"Replik:", "Slutreplik:", "Svar:", "DEBATT.", "Svar på ”…” (DN Debatt 4/3)", "Karin Malm svarar
Per Sundin", "Av styrelsen för Hyresgästföreningen" mark an opinion piece and name its writer.
These lines are about the text, not part of anyone's words: their paragraphs get the role
"label" (no quote, no claim). The genre is read from the text, so a file analysed by its path
gets it right too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.document import Paragraph

MAX_LABEL_WORDS = 30  # an intro or byline line is short
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
_NAME = r"[A-ZÅÄÖ][\w&-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w&-]*|och|i|för))*"
_EDITORIAL_LINE_RE = re.compile(
    # "DI Ledare", "GP Ledare": the outlet's short name before the label
    r"^(?:(?P<outlet>[A-ZÅÄÖ][\w&-]*(?:[ \t][A-ZÅÄÖ][\w&-]*){0,2})[ \t]+)?"
    r"(?:LEDARE|Ledare|LEDARSIDAN|Ledarsidan|Huvudledare|HUVUDLEDARE|EDITORIAL|Editorial|OUR VIEW|Our view)[.:]?$"
)
_TITLE_VIEW_RE = re.compile(r"^(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+view\s+on\b")
_BOARD_RE = re.compile(
    r"^(?P<outlet>(?:The\s+)?[A-ZÅÄÖ][\w&.-]*(?:\s+[A-ZÅÄÖ][\w&.-]*){0,3}?)(?:\s+Editorial\s+Board|s\s+ledarredaktion)$"
)
# "Ledarsidan | Signerat": a signed column on the editorial page is its signer's opinion piece.
_SIGNED_RE = re.compile(r"^(?:SIGNERAT|Signerat|SIGNERAD|Signerad|SIGNED|Signed|Column|KOLUMN|Kolumn)$")
_EDITORIAL_SENTENCE_RES = (
    re.compile(r"^(?:Detta|Det här) är en (?:osignerad |signerad )?(?:ledare|ledartext|huvudledare)\b", re.IGNORECASE),
    re.compile(rf"^(?P<outlet>{_NAME}?)(?::s|s) (?:ledarsida|ledare|ledarredaktion|politiska (?:hållning|linje|beteckning)) är\b"),
    re.compile(rf"^(?P<outlet>{_NAME}) är en (?:oberoende|obunden|partipolitiskt obunden) [\w -]*?(?:tidning|dagstidning)\b"),
    re.compile(r"^This is an editorial\b|^The views expressed\b", re.IGNORECASE),
)
_OPINION_LINE_RE = re.compile(
    r"^(?:DEBATT|Debatt|REPLIK|Replik|SLUTREPLIK|Slutreplik|SVAR|Svar|INSÄNDARE|Insändare|KRÖNIKA|Krönika|"
    r"OPINION|Opinion|COMMENT|Comment|GUEST ESSAY|Guest [Ee]ssay|RESPONSE|Response|LETTERS|Letters|"
    r"DEBATTARTIKEL|Debattartikel|GÄSTKRÖNIKA|Gästkrönika)[.:]?$"
)
_TITLE_LABEL_RE = re.compile(
    r"^(?P<label>Ledare|Replik|Slutreplik|Svar|Debatt|Krönika|Editorial|Opinion|Comment|Response|Reply)\s*:"
)
_INTRO_RES = (
    re.compile(r"^(?:Svar|Replik|Slutreplik|Slutreplikat?) (?:på|till|i debatten om|i debatten)\b"),
    re.compile(
        r"^(?:(?:Detta|Det här) är en (?:replik|slutreplik|debattartikel|debattext|krönika|gästkrönika|insändare)|"
        r"This is an? (?:guest essay|opinion piece|op-ed|response|reply|letter))\b",
        re.IGNORECASE,
    ),
    # the disclaimer under a debate piece: "Åsikterna i texten är skribentens egna."
    re.compile(r"^(?:Åsikterna|Åsikter|Synpunkterna) (?:i|som framförs i) (?:texten|artikeln|debattartikeln) är\b"),
)
_BYLINE_RE = re.compile(r"^Av (?:styrelsen|ledningen|förbundsstyrelsen|partistyrelsen) (?:för|i) (?P<org>.+?)\.?$")
# "Av Klara Wendt", "By Maren Tolliver": a byline at the top of an opinion piece names its writer.
_PERSON_BYLINE_RE = re.compile(r"^(?:Av|By) (?P<org>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,3})$")
# "Det här är en debattartikel av Miljöpartiet i Uppsala kommun.": the intro names the writer.
_INTRO_WRITER_RE = re.compile(
    r"^(?:Detta|Det här) är en (?:replik|slutreplik|debattartikel|debattext|krönika|gästkrönika|insändare) "
    r"(?:av|från) (?P<org>[A-ZÅÄÖ][\w&-]*(?: (?:[A-ZÅÄÖ][\w&-]*|i|för|och|[a-zåäö]+kommun|kommun|län|region))*)"
    r"|^This is an? (?:guest essay|opinion piece|op-ed|response|letter) (?:by|from) (?P<en>[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)"
)
_REPLY_RE = re.compile(r"(?<![\w-])(?:svarar|replikerar|bemöter|responds to|replies to)(?![\w-])")
_LEAD_LABEL_RE = re.compile(r"^(?:DEBATT|REPLIK|SLUTREPLIK|KRÖNIKA)[.:]\s+")


@dataclass
class Labels:
    """What the label lines say: the genre they mark and the writer they name."""

    editorial: bool = False
    opinion: bool = False
    outlet: tuple[int, int] | None = None  # the outlet a label names ("SvD" in "SvD:s ledarsida")
    reply: tuple[int, int] | None = None  # the line "X svarar Y": the writer is its subject
    byline: tuple[int, int] | None = None  # "Av styrelsen för X": the writer X
    byline_person: bool = False  # "Av Klara Wendt": the byline names a person


LEAD_PARAGRAPHS = 3  # label lines stand at the top (after the title) or at the very end
END_PARAGRAPHS = 2


def read_labels(text: str, paragraphs: list[Paragraph], roles: list[str], *, news: bool) -> Labels:
    """The labels of the text; their paragraphs get the role "label" in ``roles``.

    In a text given as news only the editorial labels count: "X svarar Y" there is reporting.
    """
    found = Labels()
    body = [i for i, role in enumerate(roles) if role != "title"]
    edges = set(body[:LEAD_PARAGRAPHS] + body[-END_PARAGRAPHS:])
    for i, para in enumerate(paragraphs):
        line = text[para.start : para.end].strip()
        if roles[i] == "title":
            view = _TITLE_VIEW_RE.match(line)
            if view is not None and not news:  # "The Guardian view on ...": the outlet's editorial
                found.editorial = found.opinion = True
                lead = para.start + (len(text[para.start : para.end]) - len(text[para.start : para.end].lstrip()))
                found.outlet = found.outlet or (lead + view.start("outlet"), lead + view.end("outlet"))
                continue
            m = _TITLE_LABEL_RE.match(line)
            if m is not None and not news:
                found.editorial = found.editorial or m.group("label") in ("Ledare", "Editorial")
                found.opinion = True
            continue
        if i not in edges or len(line.split()) > MAX_LABEL_WORDS:
            if i in edges and _LEAD_LABEL_RE.match(line) and not news:
                found.opinion = True
            continue
        if _label_line(text, para, found, news=news, lead=i in body[:LEAD_PARAGRAPHS]):
            roles[i] = "label"
        elif _LEAD_LABEL_RE.match(line) and not news:
            found.opinion = True
    found.opinion = found.opinion or found.editorial
    return found


def _label_line(text: str, para: Paragraph, found: Labels, *, news: bool, lead: bool) -> bool:
    """Is the paragraph a label (every sentence of it)? Records what it says in ``found``."""
    line = text[para.start : para.end].strip()
    offset = para.start + (len(text[para.start : para.end]) - len(text[para.start : para.end].lstrip()))
    if "|" in line and not news:
        return _segmented_label(line, offset, found)
    board = _BOARD_RE.match(line)
    if board is not None:  # "The Denver Post Editorial Board": the outlet signs as its board
        found.editorial = True
        found.outlet = found.outlet or (offset + board.start("outlet"), offset + board.end("outlet"))
        return True
    editorial = _EDITORIAL_LINE_RE.match(line)
    if editorial is not None:
        found.editorial = True
        if editorial.group("outlet") and found.outlet is None:
            found.outlet = (offset + editorial.start("outlet"), offset + editorial.end("outlet"))
        return True
    if news:
        return False
    if _OPINION_LINE_RE.match(line):
        found.opinion = True
        return True
    byline = (_BYLINE_RE.match(line) or _PERSON_BYLINE_RE.match(line)) if lead else None
    if byline is not None:
        found.opinion = True
        found.byline_person = byline.re is _PERSON_BYLINE_RE
        found.byline = (offset + byline.start("org"), offset + byline.end("org"))
        return True
    sentences = [(m.start(), m.group()) for m in _SENTENCE_RE.finditer(text, para.start, para.end) if m.group().strip()]
    if not sentences:
        return False
    kinds = []
    para_lead = lead
    for start, sentence in sentences:
        lead = start + len(sentence) - len(sentence.lstrip())
        sentence = sentence.strip()
        kind = _sentence_label(sentence, lead, found, reply=para_lead)
        if kind is None:
            return False
        kinds.append(kind)
    return True


def _segmented_label(line: str, offset: int, found: Labels) -> bool:
    """ "Ledarsidan | Signerat", "REPLIK | Svar på ”…” (SvD Debatt 2/5)": a label line in
    parts; every part must be a label. A signed column is its signer's opinion piece."""
    parts = [p.strip() for p in line.split("|")]
    if not all(parts):
        return False
    signed = any(_SIGNED_RE.match(p) for p in parts)
    editorial = False
    for part in parts:
        if _SIGNED_RE.match(part) or _OPINION_LINE_RE.match(part):
            continue
        if _EDITORIAL_LINE_RE.match(part):
            editorial = True
            continue
        if not any(pattern.match(part) for pattern in _INTRO_RES):
            return False
    found.opinion = True
    found.editorial = found.editorial or (editorial and not signed)
    return True


def _sentence_label(sentence: str, start: int, found: Labels, *, reply: bool) -> str | None:
    for pattern in _EDITORIAL_SENTENCE_RES:
        m = pattern.match(sentence)
        if m is not None:
            found.editorial = True
            if "outlet" in pattern.groupindex and m.group("outlet"):
                found.outlet = found.outlet or (start + m.start("outlet"), start + m.end("outlet"))
            return "editorial"
    writer = _INTRO_WRITER_RE.match(sentence)
    if writer is not None:
        group = "org" if writer.group("org") else "en"
        name_end = writer.end(group)
        while True:  # "av Miljöpartiet i debatten": the function words after the name are not it
            tail = re.search(r"\s+(?:i|för|och)$", sentence[writer.start(group) : name_end])
            if tail is None:
                break
            name_end = writer.start(group) + tail.start()
        found.opinion = True
        found.byline = found.byline or (start + writer.start(group), start + name_end)
        return "intro"
    for pattern in _INTRO_RES:
        if pattern.match(sentence):
            found.opinion = True
            return "intro"
    answer = _REPLY_RE.search(sentence) if reply else None
    if answer is not None and len(sentence.split()) <= 25 and sentence[:1].isupper():
        if re.match(r"\s+(?:att|that)(?!\w)", sentence[answer.end() :]):
            return None  # "Forsberg svarar att ...": reported speech, not a label
        found.opinion = True
        found.reply = found.reply or (start, start + answer.start())
        return "reply"
    return None
