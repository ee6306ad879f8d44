"""Qt-free operations that the window and the command line share."""
