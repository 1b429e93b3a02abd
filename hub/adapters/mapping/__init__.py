"""From an `Extraction` to a canonical record: selectors, transforms, lists, items and provenance."""
