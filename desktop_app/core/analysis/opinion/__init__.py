"""Stage 5, opinion: what kind of text it is, who signed it, and the authors' own voice.

- ``signature``: the lines that name authors (signature block, lead, metadata)
- ``authors``: ``find_authorship``: the authors who speak the text, and their actors
- ``genre``: ``settle_genre``: the given genre, else opinion when signed, interview by layout
- ``voice``: ``authors_speak``: the body outside others' quotes as the authors' quotes
"""
