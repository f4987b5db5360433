"""A local web UI and JSON API over the store: ``newsgraph.web.app.create_app`` / ``serve``."""
