//! The code lists of a case, from HTCDS 2.0 where it has one, else the field's own.
