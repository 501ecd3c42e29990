"""From answers to texts: answers, composition, templates, dates, platforms, words."""
