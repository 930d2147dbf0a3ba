"""Stage 4, coreference: which actor every speaker phrase and pronoun means.

- ``resolver``: ``Resolver``: one pass in reading order over candidates, mentions and pronouns
- ``naming``: speaker phrases that name by role, common noun or a name the recognizer missed
- ``unnamed``: unnamed sources ("en 84-årig kvinna", "flera vittnen") and the interviewer as actors
- ``headline_links``: the speaker of a headline quote, found after the body
- ``quote_drafts``: resolved candidates as the model's ``Quote`` with the speaker's actor index
"""
