"""The library's exceptions. The CLI turns each into one line and an exit code.

Exit status of every ``mougraph`` command:

====  =====================================================================================
code  meaning
====  =====================================================================================
0     success; every input was read (warnings, e.g. a duplicate id, do not change this)
1     ``extract``: some inputs could not be read (each named on stderr); the others were
      processed and written. With ``--strict``: stopped at the first problem or warning,
      graph files not rewritten. ``validate``: the graph does not conform to the shapes
2     usage error or unusable output: bad option or argument, missing output folder,
      unknown export format or view, malformed or updating SPARQL, unknown named query or
      organisation, output not writable, store in use by another run, an ``eval`` GOLD
      folder that is missing or holds no gold files
130   interrupted (Ctrl-C); the graph files hold the previous complete run
143   terminated (SIGTERM), handled as Ctrl-C is
====  =====================================================================================

Every problem is one line on stderr, ``mougraph: WHERE: REASON``, where ``WHERE`` names
the input (``corpus.jsonl:17`` for line 17 of a JSON Lines file, ``dump.json[3]`` for the
fourth record of a JSON array) and ``REASON`` says what is wrong in a few words.
"""
from __future__ import annotations

import re

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so a message stays
    on one line whatever a file name or record id contains."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class MougraphError(Exception):
    """Base class: anything mougraph reports to a user as a one-line message."""

    exit_code = EXIT_INPUT

    def __str__(self) -> str:
        return one_line(super().__str__())


class InputError(MougraphError):
    """One input (file, record, line) cannot be read as an article; it is skipped.

    ``where`` names the input (``corpus.jsonl:17``), ``reason`` says why, in a few words.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # picklable (worker processes send problems back): rebuilt from its two parts
        return type(self), (self.where, self.reason)


class InputWarning(InputError):
    """An input was read, but part of it was ignored or overridden (a malformed date, a
    duplicate id). Reported like an ``InputError``; does not fail the run (except with
    ``--strict``)."""

    exit_code = EXIT_OK

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, reason)
        self.args = (f"{where}: warning: {reason}",)


class StoreError(MougraphError):
    """The output folder or its store is missing, locked or unreadable."""

    exit_code = EXIT_USAGE


class StoreNotice(UserWarning):
    """A warning for whoever reads an output folder: its store holds an unfinished run, or
    another run is writing it (the CLI prints it as one line, ``mougraph: note: …``)."""


class QueryError(MougraphError):
    """A SPARQL query is malformed, unknown or tries to change the store."""

    exit_code = EXIT_USAGE


class ExportError(MougraphError):
    """An export format or view is unknown, or the graph cannot be written."""

    exit_code = EXIT_USAGE


class Interrupted(MougraphError):
    """The run was interrupted (Ctrl-C); the message says how far it got."""

    exit_code = EXIT_INTERRUPTED


class Terminated(KeyboardInterrupt):
    """SIGTERM reached the command: handled where Ctrl-C is, exit status 143."""


class TerminatedRun(Interrupted):
    """The run was stopped by SIGTERM; the message says how far it got."""

    exit_code = EXIT_TERMINATED


class UnknownOrganisation(MougraphError):
    """No organisation, or more than one, goes by a name; ``suggestions``: close labels."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions
