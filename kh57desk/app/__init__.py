"""The application layer: Qt-free operations that the window and the ``kh57`` command line
share. Each takes a session or the workspace and plain values, and an operation that changes
data returns an :class:`~kh57desk.app.changes.Outcome` saying which kinds of data it touched,
so that one place (the window's worker) can tell every open screen to refresh."""
