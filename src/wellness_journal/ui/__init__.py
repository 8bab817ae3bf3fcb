"""The Qt user interface. Changes data only through services."""
