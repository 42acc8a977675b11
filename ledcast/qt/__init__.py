"""The PySide6 GUI: a thin shell over ledcast.core."""
