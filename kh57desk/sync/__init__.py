"""Moving data as files: task packages (coordinator → agency) and report packages (agency →
coordinator), one zip format with a manifest (see docs/package-format.md)."""
