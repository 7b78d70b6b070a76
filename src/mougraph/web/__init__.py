"""Assets of the offline HTML viewer (inlined into every page ``mougraph viz`` writes)."""
