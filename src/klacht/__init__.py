"""klacht: a terminal assistant that helps consumers complain effectively on social media.

klacht is an application: none of its modules is a public API.
"""

__version__ = "0.1.0"
