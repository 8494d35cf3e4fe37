"""Distinct names for a batch of inputs: an article's name is its id, so two inputs never share one.

Two different files called "a.txt" (from two folders, or uploaded twice) are two articles; only their
content can make them "the same article" (pipeline.find_duplicates). A name is the file's own name when that
is unique in the batch, else its folder and name when the folders differ, else the name with a counter:
"a.txt (2)".
"""

from __future__ import annotations

from pathlib import PurePath


def distinct_names(sources: list[str]) -> list[str]:
    """One distinct, readable name per source (a path, a URL or a given name), in the same order.

    >>> distinct_names(["x/a.txt", "y/a.txt", "b.txt", "b.txt", "https://e.com/p", "z/c.txt", "z/c.txt"])
    ['x/a.txt', 'y/a.txt', 'b.txt', 'b.txt (2)', 'https://e.com/p', 'c.txt', 'c.txt (2)']
    """
    short = [_short(source) for source in sources]
    folders: dict[str, set[str]] = {}
    for source, name in zip(sources, short, strict=True):
        folders.setdefault(name, set()).add(_folder_and_name(source))
    longer = [_folder_and_name(source) if len(folders[name]) > 1 else name
              for source, name in zip(sources, short, strict=True)]
    return with_counters(longer)


def with_counters(names: list[str]) -> list[str]:
    """The names, each one given again numbered: "a.txt", "a.txt (2)".

    >>> with_counters(["a", "b", "a", "a (2)"])
    ['a', 'b', 'a (3)', 'a (2)']
    """
    reserved = set(names)
    used: set[str] = set()
    distinct = []
    for name in names:
        if name in used:
            counter = 2
            while f"{name} ({counter})" in used or f"{name} ({counter})" in reserved:
                counter += 1
            name = f"{name} ({counter})"
        used.add(name)
        distinct.append(name)
    return distinct


def _short(source: str) -> str:
    return source if "://" in source[:12] else (PurePath(source).name or source)


def _folder_and_name(source: str) -> str:
    if "://" in source[:12]:
        return source
    parts = PurePath(source).parts
    return "/".join(parts[-2:]) if len(parts) > 1 else source
