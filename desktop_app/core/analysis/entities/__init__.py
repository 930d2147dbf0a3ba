"""Stage 2, the entities: the names in a text, grouped into actors with roles, party and gender.

- ``gazetteer``: the name lists of one language, indexed for the recognizer
- ``token_features``: what the recognizer asks about one token and its neighbours
- ``context``: how a name no list knows is typed by its neighbours, and the second pass
- ``scanner``: the recognizer's rules, one left-to-right pass over the tokens
- ``clubs``: towns that are sports clubs in a sentence about a match
- ``recognizer``: ``find_entities``: people, organizations and places as ``EntitySpan``
- ``org_names``: other names, acronyms and kind nouns of organizations
- ``gender``: gender from a first name or a role noun
- ``roles``: roles and party labels written next to a name
- ``mention_index``: the mentions of a text by position, while coreference adds more
- ``actors``: ``ActorRegistry``: entity spans grouped into actors, and their mentions
- ``branches``: regional branches ("Kommunal Mitt"), named units ("polisregion Stockholm"), and
  common nouns for the organization the text names ("tingsrätten" after "Göteborgs tingsrätt")
"""
