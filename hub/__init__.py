"""The hub: one agreement, one form, per-municipality adapters to one canonical schema.

Importing this package opens no database, no Redis and reads no file: `create_app` does the wiring.
"""

from hub.app import create_app

__all__ = ["create_app"]
