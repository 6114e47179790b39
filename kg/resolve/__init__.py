"""The resolve stage: canonical countries, places, dates and actors.

- `places.Gazetteer`: countries, capitals, seats of government and places.
- `dates.resolve_date`, `dates.resolve_dateline`: date expressions against the publication date.
- `entities.EntityRegistry` (one per article), `entities.split_title`, `entities.unify_entities`
  (corpus-wide canonical entities).
"""
