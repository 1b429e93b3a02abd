"""`hub adapters suggest`: a draft `[[forms]]` block from a form nobody has mapped yet."""
