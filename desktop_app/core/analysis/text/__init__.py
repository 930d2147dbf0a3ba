"""Stage 1, the text: words, sentences, paragraphs, the language, and where the cue words stand.

Everything later stages read of the raw text, and nothing about who is who. Modules:

- ``lexicon``: the word lists of ``resources/lexicons/<lang>/``, read once
- ``patterns``: word lists compiled into fast prefix-tree regular expressions
- ``tokenizer``: words, numbers and punctuation as character spans
- ``token_stream``: a whole text as tokens and gaps, with its lines and headlines
- ``sentences``: sentence spans inside a paragraph
- ``language``: Swedish or English
- ``stemming``: Snowball stemmers (Swedish, English) for claim terms
- ``layout``: what each paragraph is (title, sub-heading, body)
- ``vocabulary``: one language's cue words (reporting verbs, pronouns, role and party words)
- ``cue_scan``: one pass over the text that finds every cue word
- ``blocks``: the body paragraphs with the cue words found in each
"""
