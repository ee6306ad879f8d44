"""The screens of the main window; each is listed once in ``main_window.PAGES``."""
