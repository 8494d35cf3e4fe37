"""The project's exceptions. The page and the command line turn each into a one-line message.

    ComparerError
     +-- InputError          an input could not be read as an article
          +-- EmptyInput      nothing but whitespace
          +-- BinaryInput     an image, archive or other non-text content
          +-- TooLarge        over a size limit (names the limit)
          +-- Undecodable     bytes that no supported encoding reads
          +-- MissingInput    a path that does not exist
          +-- FetchError      a URL that could not be fetched or was refused
          +-- TooSlow         reading it ran past the time budget per article
     +-- ComparisonFileError a comparison file that cannot be reopened
"""

from __future__ import annotations


class ComparerError(Exception):
    """Base class: every error the library raises on purpose."""


class InputError(ComparerError):
    """An input could not be turned into an article."""


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class Undecodable(InputError):
    pass


class MissingInput(InputError):
    pass


class FetchError(InputError):
    pass


class TooSlow(InputError):
    pass


class ComparisonFileError(ComparerError):
    pass


def failure_message(name: str, error: BaseException) -> str:
    """One line naming the input and what went wrong; never a traceback. The project's own errors say
    why in words; anything else is named by its type, so a bug in one input still leaves the rest."""
    if isinstance(error, ComparerError):
        message = str(error)
        return message if message.startswith(name) else f"{name}: {message}"
    return f"{name}: could not be read ({type(error).__name__}: {str(error)[:200]})"
