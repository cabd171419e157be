# flake8: noqa
"""The per-tag modules: each holds a tag's `Operation` rows and its resources
(`TemplatesResource`, `AsyncTemplatesResource`, reached as `client.templates`), imported by the
client on first use."""
