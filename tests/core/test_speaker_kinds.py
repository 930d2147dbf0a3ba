"""Speakers the text does not name: unnamed sources and the interviewer, from the engine to the
marks every view draws (the interviewer's questions have a mark of their own)."""

from __future__ import annotations

from desktop_app.core.analysis import ACTOR_KINDS, INTERVIEWER, Analysis, analyze, display_name
from desktop_app.core.analysis.model import Actor, Quote, Span
from desktop_app.core.compare import DocumentView, build_comparison
from desktop_app.core.document import Document, Metadata
from desktop_app.core.marks import LABELS, build_marks, look, mark_legend
from desktop_app.core.palette import tint

INTERVIEW = (
    "Hanna Ek är ny chef för museet.\n\n"
    "Vad vill du förändra?\n\n"
    "– Jag vill öppna museet för fler unga besökare.\n\n"
    "Kritiker menar att museet är för dyrt. Har de rätt?\n\n"
    "– Nej, entrén är gratis för alla under tjugo år."
)


def test_interview_questions_are_quotes_of_the_interviewer() -> None:
    analysis = analyze(INTERVIEW, language="sv", genre="interview")
    actors = analysis.actors_by_id()
    speakers = [(actors[q.speaker].name, actors[q.speaker].kind, q.kind) for q in analysis.quotes]
    assert speakers == [
        (INTERVIEWER, "interviewer", "direct"),
        ("Hanna Ek", "person", "direct"),
        ("kritiker", "unnamed", "indirect"),  # the words the question reports keep their owner
        (INTERVIEWER, "interviewer", "direct"),
        ("Hanna Ek", "person", "direct"),
    ]
    question = analysis.quotes[3]
    assert INTERVIEW[question.start : question.end] == "Har de rätt?"  # cut around the reported words


def test_kinds_are_in_the_model_and_survive_a_round_trip() -> None:
    assert {"unnamed", "interviewer"} <= set(ACTOR_KINDS)
    analysis = analyze(INTERVIEW, language="sv", genre="interview")
    again = Analysis.from_dict(analysis.to_dict())
    assert [(a.name, a.kind) for a in again.actors] == [(a.name, a.kind) for a in analysis.actors]


def test_display_name_is_one_function() -> None:
    interviewer = Actor("a1", INTERVIEWER, "interviewer")
    assert display_name(interviewer) == "the interviewer"
    assert display_name(Actor("a2", "Hanna Ek", "person")) == "Hanna Ek"
    text = "Vad vill du?\n\n– Mycket."
    analysis = Analysis("sv", "interview", actors=[interviewer], quotes=[Quote("a1", "direct", 0, 12)])
    doc = Document(id=1, text=text, metadata=Metadata(title="Intervju"))
    compared = build_comparison(DocumentView(doc, analysis), None).actors
    assert [a.name for a in compared] == ["the interviewer"]


def _marks():
    text = "Vad vill du förändra?\n\n– Jag vill öppna museet."
    analysis = Analysis(
        "sv",
        "interview",
        actors=[Actor("a1", INTERVIEWER, "interviewer"), Actor("a2", "Hanna Ek", "person")],
        quotes=[
            Quote("a1", "direct", 0, 21),
            Quote("a2", "direct", text.index("Jag"), len(text), cue=None),
        ],
    )
    return build_marks(analysis, {"the interviewer": "#336699", "hanna ek": "#993333"}, len(text))


def test_the_interviewers_questions_have_their_own_mark() -> None:
    marks = _marks()
    question, answer = [m for m in marks if m.quote_index >= 0]
    assert (question.style, question.filter_kind) == ("question", "direct")  # filtered as direct quotes
    assert (answer.style, answer.filter_kind) == ("direct", "direct")
    asked = look("question", "#336699")
    said = look("direct", "#336699")
    assert asked.italic and not said.italic
    assert asked.background == tint("#336699", 0.12) != said.background
    assert LABELS["question"] == "Interviewer's question"
    assert "question" in [kind for kind, _, _ in mark_legend()]


def test_unnamed_sources_are_named_by_their_phrase() -> None:
    text = "Enligt uppgifter till Aftonbladet har tränaren fått sparken. Flera spelare bekräftar att stämningen är dålig."
    analysis = analyze(text, language="sv", genre="news")
    unnamed = [a.name for a in analysis.actors if a.kind == "unnamed"]
    assert unnamed == ["uppgifter till Aftonbladet", "flera spelare"]
    assert all(q.speaker is not None for q in analysis.quotes)


def test_a_cue_is_kept_as_a_span() -> None:
    analysis = analyze("– Vi vinner, säger en granne.", language="sv", genre="news")
    quote = analysis.quotes[0]
    assert isinstance(quote.cue, Span) and analysis.actor(quote.speaker).kind == "unnamed"
