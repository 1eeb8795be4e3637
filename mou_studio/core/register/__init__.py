"""The agreements register: partners, MoUs, signatures, dates, signed copies, what is due."""
