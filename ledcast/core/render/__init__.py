"""Renderers: screen programmes (H.264 video) and, later, loudspeaker programmes."""
