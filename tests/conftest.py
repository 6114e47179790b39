"""Shared fixtures: one spaCy load per test session, the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = REPO / "kg" / "data" / "corpus"
# The hand-checked gold for the sample corpus lives beside the checkout; tests that
# need it skip with a visible reason where it is absent.
GOLD_DIR = REPO.parent / "shared" / "gold" / "idlib"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD_DIR.is_dir():
        pytest.skip(f"gold set not found at {GOLD_DIR}")
    return GOLD_DIR
