"""Stage 5, opinion: what kind of text it is, who signed it, and the authors' own voice.

- ``labels``: ``read_labels``: what the text says about itself ("Replik:", "LEDARE", "X svarar Y")
- ``signature``: the lines that name authors (signature block, lead, metadata)
- ``writers``: the writer a reply line, byline, lead or "Vi i X" names; an editorial's outlet
- ``authors``: ``find_authorship``: the authors who speak the text, and their actors
- ``genre``: ``settle_genre``: the given genre, else opinion when signed or labelled, interview by layout
- ``voice``: ``authors_speak``: the body outside others' quotes as the authors' quotes
"""
