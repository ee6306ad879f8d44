"""The local SQLite database: models, sessions, migrations."""
