"""ledcast: programmes for commune loudspeakers and public LED/LCD screens."""

__version__ = "0.1.0"
