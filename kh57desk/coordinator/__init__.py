"""The coordinator's side (Sở Khoa học và Công nghệ): completeness of reporting, and the
consolidated report of the province."""
