"""The quote rules, in the order they run over each body paragraph.

Every rule is a function ``rule(ctx: RuleContext) -> list[Candidate]`` (``candidates.py``)
that returns the quotes it finds in ``ctx.block``. To add a rule, write the function in the
module of its kind and put it in the right table below, at its place in the order; add a row
of real sentences to the tests (tests/core/test_quotes.py). The driver, ``finder.py``, needs
no change (docs/engine.md).

1. ``DIRECT_RULES``: words in dashes or quotation marks. Each sees the direct quotes found by
   the rules before it in ``ctx.found``.
2. ``LINK_RULES``: quotes whose speaker is named in another paragraph. They may give a
   speaker to the quotes found so far (here or in ``ctx.previous``) or find new ones.
3. ``REPORTED_RULES``: reported speech, outside the direct quotes (``ctx.covered``). Where two
   reported quotes overlap, the one that starts first, then the longer, then the one from the
   earlier rule is kept.

A rule reads the cue words the one scan of the text found in its paragraph (``ctx.block``:
``verbs``, ``according``, ``stances``, ``participles``, ``dashes``, ``marks``). Paragraphs
without any cue word are narration and no rule sees them; a rule that starts from words of its
own lists them in ``resources/lexicons/<lang>/quote_rule_words.txt`` and finds them in
``ctx.block.rule_words``. A labelled interview turn ("Svar: ...") is the whole paragraph and
skips the direct rules (``interview.labelled_turn``).
"""

from __future__ import annotations

from desktop_app.core.analysis.speech import (
    dash_quotes,
    evaluations,
    findings,
    headlines,
    paragraph_links,
    quote_marks,
    reported,
    sources_after,
    topics,
)
from desktop_app.core.analysis.speech.candidates import Rule

DIRECT_RULES: tuple[Rule, ...] = (
    dash_quotes.dash_quotes,  # "– Vi var inte bra, säger Emil Johansson." / "Hon säger: – Vi ska vinna."
    quote_marks.marked_quotes,  # "”Vi ger inte upp”, säger Maria Larsson." / 'X kallar det ”ett slag i luften”'
    dash_quotes.lost_dash_quotes,  # "Redan 2014 visste vi det ..., säger han." (no dash, no marks)
)

LINK_RULES: tuple[Rule, ...] = (
    paragraph_links.speaker_from_colon,  # "Hon är tydlig:" ending the paragraph before, then "– ..."
    paragraph_links.said_so,  # "– Vi har ett ansträngt läge. Det säger X till UNT."
)

REPORTED_RULES: tuple[Rule, ...] = (
    reported.according_to,  # "Enligt Magnus Ranstorp har läget förvärrats."
    reported.stances,  # "Stefan Löfven håller inte med om att ..."
    reported.verb_clauses,  # "X menar att ...", "Smith said the plan would fail."
    reported.participles,  # "..., insisting it can still be met."
    findings.findings,  # "Tysk forskning visar att ...", "Det visar en ny studie från KI."
    findings.conclusion_of,  # "... Det är slutsatsen i en ny rapport från Statskontoret."
    findings.stated_in_document,  # "I rapporten från Skolverket konstateras att ...", "Av domen framgår att"
    topics.topic_verbs,  # "Hon lyfter fram ...", "Han tar upp ...", "Mannen förnekar brott"
    evaluations.received,  # "X får kritik från Y", "drew criticism from parents", "Från Y får X beröm"
    evaluations.given,  # "Y riktar kritik mot X", "Y ger X beröm", "Y hyllar X", "Y rejected the claim"
    evaluations.criticism_subject,  # "Kritiken från Y gäller ...", "Kritiken gäller ..." (the critic before)
    evaluations.stance_in_narration,  # "X är kritisk till ...", "Den bedömningen delar inte hovrätten"
    headlines.court_heard,  # "..., a court has heard.": the prosecutor named later in the article
    sources_after.as_claimed,  # "Asked whether ..., as some volunteers had claimed, ...": the claim's owner
    sources_after.confirmed_by,  # "Mannen har gripits. Uppgifterna bekräftas av polisen."
)
