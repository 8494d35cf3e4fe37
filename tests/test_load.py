"""Bad input gets one clear message, never a traceback, and never blocks the other inputs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from comparer import settings
from comparer.errors import BinaryInput, EmptyInput, InputError, MissingInput, TooLarge, Undecodable
from comparer.load import article_from_bytes, decode

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

BAD_INPUTS = [
    ("empty.txt", b"", EmptyInput, "empty"),
    ("blank.txt", b"  \n\t \n", EmptyInput, "whitespace"),
    ("image.txt", PNG, BinaryInput, "PNG"),
    ("nul.txt", b"abc\x00def" * 10, BinaryInput, "binary"),
    ("bad-utf16.txt", b"\xff\xfe" + b"\x00\xd8", Undecodable, "utf-16"),
    ("undefined.txt", b"text \x81\x8d\x8f\x90\x9d text", Undecodable, "cp1252"),
]


@pytest.mark.parametrize(("name", "raw", "error", "words"), BAD_INPUTS, ids=[r[0] for r in BAD_INPUTS])
def test_bad_bytes(name, raw, error, words):
    with pytest.raises(error) as caught:
        article_from_bytes(name, raw)
    assert name in str(caught.value) and words.lower() in str(caught.value).lower()


def test_too_large(monkeypatch):
    monkeypatch.setattr(settings, "MAX_FILE_BYTES", 1000)
    with pytest.raises(TooLarge, match="MAX_FILE_BYTES"):
        decode(b"a" * 1001, "big.txt")


@pytest.mark.parametrize(("raw", "encoding"), [
    ("Café: 5 troops".encode(), "utf-8"),
    ("Café: 5 troops".encode("utf-8-sig"), "utf-8 (with BOM)"),
    ("Café: 5 troops".encode("utf-16"), "utf-16"),
    ("Café: 5 troops".encode("cp1252"), "cp1252 (not valid UTF-8)"),
    ("Café: 5 troops".encode("latin-1"), "cp1252 (not valid UTF-8)"),
])
def test_encodings(raw, encoding):
    assert decode(raw) == ("Café: 5 troops", encoding)


def test_newlines_are_normalised():
    assert decode(b"a\r\nb\rc")[0] == "a\nb\nc"


def test_all_errors_share_one_base():
    for error in (EmptyInput, BinaryInput, TooLarge, Undecodable, MissingInput):
        assert issubclass(error, InputError)


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "comparer", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_cli_reports_each_bad_input_and_processes_the_rest(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "bad.txt").write_bytes(b"text \x81\x8d\x8f\x90\x9d")
    (tmp_path / "good.txt").write_text("Title of it\n\nSome 40 troops stayed in 2020.", encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("empty.txt", "image.txt", "bad.txt", "missing.txt", "good.txt")]
    result = run_cli("extract", *paths)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "image.txt", "bad.txt", "missing.txt"):
        assert any(name in line for line in errors)
    assert '"quote": "Some 40"' in result.stdout


def test_cli_bad_arguments_exit_2():
    assert run_cli("extract").returncode == 2
    assert run_cli("compare", "x.txt", "--threshold", "200").returncode == 2
    assert run_cli("extract", "x.txt", "--published", "yesterday").returncode == 2
