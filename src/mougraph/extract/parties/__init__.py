"""Parties the rules missed, read by a learned scorer (issue 10, item 3).

Modules:
  candidates   every organisation the recogniser proposes in an article, one per body, with
               binary features of where and how it is written (``context``: the words
               around it and how it stands to the rules' parties)
  learned      the model (models/parties.json), the vetoes and the join to the agreement
  train        the hand-written logistic regression, trained on the own corpus
"""
