"""Inputs that scale: folders, glob patterns and JSONL dumps of articles (comparer/sources.py)."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comparer.sources import expand, load_all, read_source, reasons, stretches

STORY = "The storm killed {n} people on Friday, officials said."


def dump(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_folder_gives_its_files_in_order_without_hidden_ones(tmp_path):
    (tmp_path / "b.txt").write_text(STORY.format(n=40))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(STORY.format(n=41))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(STORY.format(n=1))
    (tmp_path / ".hidden.txt").write_text(STORY.format(n=2))
    sources, failures = expand([tmp_path])
    assert [Path(s.location).name for s in sources] == ["b.txt", "a.txt"]
    assert failures == []


def test_an_empty_folder_and_a_pattern_matching_nothing_are_named(tmp_path):
    (tmp_path / "empty").mkdir()
    sources, failures = expand([tmp_path / "empty", str(tmp_path / "*.nothing")])
    assert sources == []
    assert failures == [f"{tmp_path / 'empty'}: the folder holds no files",
                        f"{tmp_path / '*.nothing'}: no file matches this pattern"]


def test_a_pattern_gives_the_files_it_matches(tmp_path):
    for name in ("one.txt", "two.txt", "three.md"):
        (tmp_path / name).write_text(STORY.format(n=3))
    articles, failures = load_all([str(tmp_path / "*.txt")])
    assert [a.id for a in articles] == ["one.txt", "two.txt"] and failures == []


def test_a_jsonl_dump_gives_an_article_a_line_with_its_fields(tmp_path):
    path = dump(tmp_path / "news.jsonl", [
        {"id": "r1", "text": STORY.format(n=40), "published": "2024-03-02T10:00:00Z", "title": "Storm",
         "url": "https://example.org/1"},
        {"id": "r2", "text": STORY.format(n=42)},
    ])
    articles, failures = load_all([path])
    assert failures == []
    first, second = articles
    assert (first.id, first.title, first.url, first.published.isoformat()) == \
        ("r1", "Storm", "https://example.org/1", "2024-03-02")
    assert second.id == "r2" and second.published is None


@pytest.mark.parametrize(("line", "reason"), [
    ("not json", "not JSON"),
    ('{"id": "r2"}', 'no "text" field'),
    ('{"id": "r3", "text": 5}', '"text" is not a string'),
    ("[1, 2]", "a JSON list, not an object"),
    ('{"id": "r4", "text": "   "}', "the text holds only whitespace"),
    ('{"id": "r5", "text": "40 died.", "published": "2024-99-01"}', "not a date written YYYY-MM-DD"),
])
def test_a_bad_line_is_named_and_the_others_are_read(tmp_path, line, reason):
    path = dump(tmp_path / "news.jsonl", [{"id": "ok", "text": STORY.format(n=40)}, line,
                                          {"id": "ok2", "text": STORY.format(n=41)}])
    articles, failures = load_all([path])
    assert [a.id for a in articles] == ["ok", "ok2"]
    offset = len(json.dumps({"id": "ok", "text": STORY.format(n=40)})) + 1
    assert len(failures) == 1
    assert failures[0].startswith(f"news.jsonl line 2 (byte {offset}): ") and reason in failures[0]


def test_ids_given_twice_are_numbered_apart(tmp_path):
    path = dump(tmp_path / "news.jsonl", [{"id": "a.txt", "text": STORY.format(n=40)},
                                          {"id": "a.txt", "text": STORY.format(n=41)}])
    (tmp_path / "a.txt").write_text(STORY.format(n=42))
    articles, _ = load_all([path, tmp_path / "a.txt"])
    assert [a.id for a in articles] == ["a.txt", "a.txt (2)", "a.txt (3)"]


def test_a_line_without_an_id_is_named_by_its_place(tmp_path):
    path = dump(tmp_path / "news.jsonl", [{"text": STORY.format(n=40)}])
    articles, _ = load_all([path])
    assert articles[0].id == "news.jsonl, the line at byte 0"


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.text(alphabet="ab{}\": \n", max_size=30), max_size=20), chunk=st.integers(1, 64))
def test_stretches_cover_every_line_once(tmp_path_factory, lines, chunk):
    path = tmp_path_factory.mktemp("dump") / "x.jsonl"
    path.write_bytes("".join(line.replace("\n", "") + "\n" for line in lines).encode())
    ranges = list(stretches(path, chunk))
    assert [start for start, _ in ranges[1:]] == [end for _, end in ranges[:-1]]
    data = path.read_bytes()
    assert (ranges[0][0] if ranges else 0) == 0 and (ranges[-1][1] if ranges else 0) == len(data)
    assert all(data[end - 1:end] == b"\n" for _, end in ranges)


def test_a_dump_read_in_small_stretches_gives_the_same_articles(tmp_path):
    path = dump(tmp_path / "news.jsonl", [{"id": f"r{i}", "text": STORY.format(n=40 + i)} for i in range(30)])
    sources, _ = expand([path], chunk_bytes=200)
    assert len(sources) > 5
    ids = [loaded.article.id for source in sources for loaded in read_source(source)]
    assert ids == [f"r{i}" for i in range(30)]


def test_a_bad_line_in_a_later_stretch_is_numbered_as_in_the_whole_file(tmp_path):
    records = [{"id": f"r{i}", "text": STORY.format(n=40 + i)} for i in range(12)]
    path = dump(tmp_path / "news.jsonl", [*records[:9], "{broken", *records[9:], '{"id": "x"}'])
    sources, _ = expand([path], chunk_bytes=150)
    failed = [loaded for source in sources for loaded in read_source(source) if loaded.article is None]
    assert len(sources) > 4
    data = path.read_bytes()
    broken, last = data.index(b"{broken"), data.index(b'{"id": "x"}')
    assert [r.split(":")[0] for r in reasons(failed)] == [f"news.jsonl line 10 (byte {broken:,})",
                                                          f"news.jsonl line 14 (byte {last:,})"]


def test_a_line_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    from comparer import settings

    monkeypatch.setattr(settings, "MAX_FILE_BYTES", 200)
    path = dump(tmp_path / "news.jsonl", [{"id": "big", "text": STORY.format(n=40) * 10},
                                          {"id": "ok", "text": STORY.format(n=41)}])
    articles, failures = load_all([path])
    assert [a.id for a in articles] == ["ok"]
    assert failures == ["news.jsonl line 1 (byte 0): 0.0 MB is over the 0 MB file size limit (settings.MAX_FILE_BYTES)"]
