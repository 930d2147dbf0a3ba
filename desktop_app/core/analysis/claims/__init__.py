"""Stage 5, claims: sentences that take a position, who holds each, and what it is about.

- ``kinds``: the claim cues (word lists and patterns) and which kind wins in a sentence
- ``terms``: the stemmed content words of a claim, for matching claims by topic
- ``finder``: ``find_claims``: a claim per sentence with a cue, held by the quote it sits in
"""
