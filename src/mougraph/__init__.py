"""mougraph: Korean MOU news articles -> an RDF knowledge graph of who signed what with whom."""
from __future__ import annotations

__version__ = "0.1.0"
