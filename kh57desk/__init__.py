"""kh57desk: track a province's Resolution 57 plan for one agency, offline."""

__version__ = "0.1.0"
APP_NAME = "kh57desk"
