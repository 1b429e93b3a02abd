"""The outbound direction: reports and exports computed from the canonical store."""
