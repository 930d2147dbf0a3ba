"""What kind of text it is: the genre the caller gives, or what the text shows.

A text of unknown genre ("other") that someone signs, or that a label marks ("Replik:", "Ledare",
"Detta är en ledartext": ``labels``), is an opinion piece; one laid out as
questions and answers is an interview (``speech.interview``). An interview's dash paragraphs
with no cue are the interviewee's answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.analysis.opinion.authors import Authorship
from desktop_app.core.analysis.opinion.labels import Labels
from desktop_app.core.analysis.speech.interview import looks_like_interview
from desktop_app.core.document import Paragraph


@dataclass(frozen=True)
class Genre:
    """The genre the analysis reports, and whether the text is read as an interview."""

    name: str  # one of document.GENRES
    interview: bool


def settle_genre(
    given: str, authorship: Authorship, text: str, paragraphs: list[Paragraph], labels: Labels | None = None
) -> Genre:
    """The genre of the text; ``given`` is the caller's (one of document.GENRES). Labels such as
    "Replik:" or "Detta är en ledare" make a text of unknown genre an opinion piece."""
    signed = bool(authorship.authors)
    labelled = labels is not None and labels.opinion
    interview = given == "interview" or (
        given != "opinion"
        and not signed
        and not labelled
        and looks_like_interview(text, [(p.start, p.end) for p in paragraphs])
    )
    name = "opinion" if given == "other" and (signed or labelled) else given
    if given == "other" and interview:
        name = "interview"
    return Genre(name, interview)
