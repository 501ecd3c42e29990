"""The life of a complaint after the post: events, status, schedule, calendar, dossier."""
