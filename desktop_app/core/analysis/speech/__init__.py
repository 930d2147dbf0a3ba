"""Stage 3, speech: quote candidates and the phrases that name their speakers.

The rules read one body paragraph at a time and name the speaker only by the words of the
text ("säger hon", "enligt polisen"); which actor those words mean is coreference's work.
Modules:

- ``candidates``: ``Candidate``, ``SpeakerRef`` and ``RuleContext``: what the rules see and hand on
- ``rules``: the table of quote rules, in the order they run
- ``finder``: ``find_candidates``: runs the rules over every body paragraph
- ``dash_quotes``: "– ..., säger hon." and paragraphs whose dash was lost
- ``quote_marks``: quotes in quotation marks and the cue next to them
- ``reported``: reported speech: "enligt X", "X menar att ...", "X said (that) ..."
- ``sources_after``: reported speech whose source comes after it ("..., as X had claimed", "bekräftas av polisen")
- ``paragraph_links``: speakers named in another paragraph ("Hon är tydlig:", "Det säger X.")
- ``headlines``: quotes in the headline ("Forskaren: ”…”", "IVO kritiserar …"), "…, a court has heard"
- ``topics``: reporting verbs with their particle, read without "att" ("Hon lyfter fram …")
- ``evaluations``: praise, criticism and stance in narration ("X får kritik från Y", "X är kritisk")
- ``findings``: what research and reports show ("Tysk forskning visar att …")
- ``interview``: question-and-answer layouts; the interviewer's questions
- ``speaker_phrase``: the phrase next to a cue that names who speaks
- ``subject_gaps``: what stands between a speaker and its verb; a few fixed speaker shapes
- ``clause_subjects``: the subject of a verb after a conjunction or a relative clause
- ``subjects``: subjects before a verb that are not a plain name or pronoun, and phrase pieces
- ``descriptions``: speakers described, not named ("en 84-årig kvinna", "oppositionen")
- ``sources``: what "enligt" names when it is no person: documents, institutions, groups
- ``word_classes``: the questions the readers ask of single words (pronoun? role? document?)
"""
