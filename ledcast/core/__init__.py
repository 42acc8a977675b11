"""The Qt-free core: every capability lives here; GUI and CLI are shells over it."""
