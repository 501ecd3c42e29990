"""Files on disk: the store, config, the address book and klacht's folders."""
