"""Adapters: a municipality's forms turned into canonical records, and its claim written back its way.

Four parts, one package each, and the pipeline that runs them:

- `language/`: the config language: the schema of `config/municipalities/*.toml` and of its `[claim]`,
  the checks that span keys, the frozen model built from a file, the registry of all of them, golden
  files. A new config key goes in `config_schema` (and `docs/config-language.md`), a rule across keys in
  `config_rules` (within one field or condition in `config_field_rules`, one list in
  `config_list_rules`, of paths in `config_paths`).
- `readers/`: bytes to an `Extraction`: format sniffing, the hardened XML parser, the PDF sandbox and one
  reader per format. A new format is a new reader here.
- `mapping/`: an `Extraction` to a canonical record: selectors (a new selector kind goes in `selectors`,
  its syntax check in `selector_text`, a csv/xlsx lookup in `tabular_labels` (of a header row in
  `tabular_headers`), XML paths' syntax in `xmlpath_syntax` and their reader keys in `xmlpath`),
  transforms (a new transform is a function in `transforms`, its arguments' schema in `transform_args`,
  its text parser in `textparse` or `numberparse`), lists and items, the per-value reading with
  provenance, and the outbound transforms that write a claim's values.
- `suggest/`: `hub adapters suggest`, which drafts a `[[forms]]` block from a form nobody has mapped.
- `pipeline`: one document through one municipality's adapter (read, recognise, check, map, validate).

Import from the submodules (`hub.adapters.language.registry`, `hub.adapters.mapping.form`, ...). The
package modules import nothing, so that importing a reader never loads the config language.
"""
