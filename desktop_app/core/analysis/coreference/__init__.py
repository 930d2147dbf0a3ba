"""Stage 4, coreference: which actor every speaker phrase and pronoun means.

- ``resolver``: ``Resolver``: one pass in reading order over candidates, mentions and pronouns
- ``quote_drafts``: resolved candidates as the model's ``Quote`` with the speaker's actor index
"""
