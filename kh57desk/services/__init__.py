"""Services: take a session and plain values, return plain values. The window and the
``kh57`` command line both call these; there is no second implementation of an action."""
