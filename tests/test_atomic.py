"""Atomic writes: the old file survives any failure, no temporary file is left behind."""

from __future__ import annotations

import os
import stat

import pytest

from kg.atomic import atomic_open, atomic_write_bytes, atomic_write_text, remove_stale_temps


def _leftovers(directory):
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_write_text_creates_and_replaces(tmp_path):
    target = tmp_path / "sub" / "graph.ttl"
    atomic_write_text(target, "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    atomic_write_text(target, "zweite Fassung – ü\r\n")
    assert target.read_bytes() == "zweite Fassung – ü\r\n".encode()
    assert _leftovers(target.parent) == []


def test_write_bytes(tmp_path):
    target = tmp_path / "blob.bin"
    atomic_write_bytes(target, b"\x00\x01binary")
    assert target.read_bytes() == b"\x00\x01binary"


def test_error_inside_block_keeps_old_file_and_removes_temp(tmp_path):
    target = tmp_path / "events.jsonl"
    target.write_text("old content\n")
    with pytest.raises(RuntimeError, match="boom"):
        with atomic_open(target) as handle:
            handle.write("half of the new")
            raise RuntimeError("boom")
    assert target.read_text() == "old content\n"
    assert _leftovers(tmp_path) == []


def test_keyboard_interrupt_also_cleans_up(tmp_path):
    target = tmp_path / "graph.trig"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target, "wb") as handle:
            handle.write(b"partial")
            raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_unencodable_text_fails_without_touching_target(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "lone surrogate \udc80")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_replacing_a_directory_fails_cleanly(tmp_path):
    target = tmp_path / "graph.html"
    target.mkdir()
    with pytest.raises(OSError):
        atomic_write_text(target, "x")
    assert target.is_dir()
    assert _leftovers(tmp_path) == []


def test_permissions_of_existing_file_are_kept(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic_write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_is_not_private(tmp_path):
    target = tmp_path / "new.ttl"
    atomic_write_text(target, "x")
    plain = tmp_path / "plain.ttl"
    plain.write_text("x")
    # mkstemp creates 0600 files; an output file gets what a plain open() would give.
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_unsupported_mode_is_refused(tmp_path):
    with pytest.raises(ValueError, match="supports only"):
        with atomic_open(tmp_path / "x", "a"):
            pass


def test_remove_stale_temps_only_removes_writer_temps(tmp_path):
    stale = tmp_path / ".graph.ttl.ab12cd_9.tmp"
    stale.write_text("left by a killed writer")
    user_file = tmp_path / "notes.tmp"
    user_file.write_text("keep")
    removed = remove_stale_temps(tmp_path)
    assert removed == [stale]
    assert user_file.exists() and not stale.exists()
