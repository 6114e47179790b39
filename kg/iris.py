"""Stable, safe IRIs for everything newskg mints, and the RDF namespaces it uses.

Every minted IRI is flat (`https://w3id.org/newskg/id/<kind>/<local>`) and its local
part is an ASCII slug of the human-readable text plus a short hash of the exact key,
so any input (quotes, markup, right-to-left marks, emoji, very long names) gives a
valid IRI made only of `[a-z0-9-]`, and the same input always gives the same IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.records import Entity, entity_key

ID_BASE = "https://w3id.org/newskg/id/"


class CachedNamespace(Namespace):
    """A `Namespace` that makes each term once (`NKG.hasActor` is the same object every time).

    Building the graph names a handful of properties hundreds of thousands of times; rdflib
    would re-validate and re-create the IRI on every access.
    """

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


NKG = CachedNamespace("https://w3id.org/newskg/ontology#")
SCHEMA = CachedNamespace("https://schema.org/")
OA = CachedNamespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")

EVENT = Namespace(ID_BASE + "event/")
ENTITY = Namespace(ID_BASE + "entity/")
ARTICLE = Namespace(ID_BASE + "article/")
SENTENCE = Namespace(ID_BASE + "sentence/")
POST = Namespace(ID_BASE + "post/")

# Readable prefixes, bound in every graph and used by every serialiser (one per kind, never per document).
PREFIXES: dict[str, str] = {
    "nkg": str(NKG),
    "event": str(EVENT),
    "entity": str(ENTITY),
    "article": str(ARTICLE),
    "sentence": str(SENTENCE),
    "post": str(POST),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
    "owl": str(OWL),
}

SLUG_MAX = 48
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def short_hash(key: str, length: int = 8) -> str:
    """First `length` hex digits of the sha256 of `key` (exact text, no folding)."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def slugify(text: str, max_len: int = SLUG_MAX) -> str:
    """ASCII slug of `text`: accents folded (NFKD), lower case, runs of other characters -> '-'.

    Never empty ("x" when nothing survives), never longer than `max_len`, no leading or
    trailing '-'.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", folded).strip("-")[:max_len].strip("-")
    return slug or "x"


def slug_id(text: str, key: str | None = None) -> str:
    """`<slug of text>-<hash8 of key>`: readable and unique per exact key (default: the text)."""
    return f"{slugify(text)}-{short_hash(text if key is None else key)}"


@lru_cache(maxsize=65536)  # called for every sentence and event of an article
def article_slug(article_id: str) -> str:
    """Local name shared by an article's IRI, its sentences and its named graph."""
    return slug_id(article_id)


# The `*_iri_str` functions give the same IRIs as plain strings: the graph builder makes
# hundreds of thousands of them and never needs rdflib terms (see kg.graph).


def article_iri_str(article_id: str) -> str:
    return f"{ARTICLE}{article_slug(article_id)}"


def sentence_iri_str(article_id: str, index: int) -> str:
    return f"{SENTENCE}{article_slug(article_id)}-{int(index)}"


def selector_iri_str(article_id: str, index: int, kind: str) -> str:
    return f"{SENTENCE}{article_slug(article_id)}-{int(index)}-{slugify(kind, 16)}"


def entity_iri_str(entity: Entity | str) -> str:
    return _entity_iri_str(entity.key if isinstance(entity, Entity) else entity)


@lru_cache(maxsize=65536)
def _entity_iri_str(key: str) -> str:
    name = key.split(":", 1)[-1]
    return f"{ENTITY}{slug_id(name, key)}"


def event_iri_str(event_id: str) -> str:
    safe = _NOT_SLUG.sub("", event_id.lower())
    return f"{EVENT}{safe if safe == event_id and safe else slug_id(event_id)}"


def post_iri_str(person_key: str, title: str, of_key: str | None) -> str:
    folded_title = " ".join(title.casefold().split())
    return f"{POST}{slug_id(title, f'{person_key}|{folded_title}|' + (of_key or ''))}"


def article_iri(article_id: str) -> URIRef:
    """IRI of an article (also the name of its named graph)."""
    return URIRef(article_iri_str(article_id))


def sentence_iri(article_id: str, index: int) -> URIRef:
    """IRI of sentence number `index` (0-based) of an article."""
    return URIRef(sentence_iri_str(article_id, index))


def selector_iri(article_id: str, index: int, kind: str) -> URIRef:
    """IRI of a Web Annotation selector ("position" or "quote") of a sentence."""
    return URIRef(selector_iri_str(article_id, index, kind))


def entity_iri(entity: Entity | str) -> URIRef:
    """IRI of a canonical entity, from an `Entity` or its `key` ("type:folded name")."""
    return URIRef(entity_iri_str(entity))


def entity_iri_for(type_: str, name: str) -> URIRef:
    """IRI of the entity of this type and canonical name."""
    return entity_iri(entity_key(type_, name))


def event_iri(event_id: str) -> URIRef:
    """IRI of a merged event; `event_id` is `MergedEvent.id` (hex), re-slugged defensively."""
    return URIRef(event_iri_str(event_id))


def post_iri(person_key: str, title: str, of_key: str | None) -> URIRef:
    """IRI of a post held by a person ("Defence Minister" of a country)."""
    return URIRef(post_iri_str(person_key, title, of_key))
