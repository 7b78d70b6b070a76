"""mougraph: Korean MOU news articles -> an RDF knowledge graph of who signed what with whom.

The Python API (see ``mougraph.api``), imported on first use so ``import mougraph`` stays light:

    kg = mougraph.load("output")                      # an output folder
    kg = mougraph.extract_text(text, id="a1", published="2019-04-19")   # one article
    kg.organisations(); kg.network().centrality(); kg.path(a, b); kg.partners(org)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import KnowledgeGraph, OrganisationRecord, extract_text, from_extractions, load

__all__ = ["KnowledgeGraph", "OrganisationRecord", "extract_text", "from_extractions", "load",
           "__version__"]
_API = {"KnowledgeGraph", "OrganisationRecord", "extract_text", "from_extractions", "load"}


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'mougraph' has no attribute {name!r}")
