"""What a person sees and types: the wizard, reviews and rich views."""
