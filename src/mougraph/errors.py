"""The library's exceptions. The CLI turns each into one line and an exit code."""
from __future__ import annotations


class MougraphError(Exception):
    """Base class: anything mougraph reports to a user as a one-line message."""

    exit_code = 1


class InputError(MougraphError):
    """One input (file, record, line) cannot be read as an article.

    ``where`` names the input (``corpus.jsonl:17``), ``reason`` says why, in a few words.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(MougraphError):
    """The output folder or its store is missing, locked or unreadable."""


class QueryError(MougraphError):
    """A SPARQL query is malformed, unknown or tries to change the store."""


class ExportError(MougraphError):
    """An export format or view is unknown, or the graph cannot be written."""


class UnknownOrganisation(MougraphError):
    """No organisation (or more than one) goes by the given name; ``suggestions`` are close labels."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions
