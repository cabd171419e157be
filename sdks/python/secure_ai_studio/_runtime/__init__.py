"""Hand-written runtime of the SDK (errors, retries, options), shared by the generated modules.

Not generated: it lives in generators/python/runtime/ and is copied here verbatim. The public
names are re-exported from the package root (``secure_ai_studio.NotFoundError``)."""
