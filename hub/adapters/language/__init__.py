"""The config language: municipality and company config files, their `[claim]`, checked and frozen."""
