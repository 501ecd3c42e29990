"""The commands: one thin module each, parsing arguments and calling the layers below."""
