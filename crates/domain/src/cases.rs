//! Case files of the people a member assists: the case, its pseudonymous code, what
//! happened in HTCDS 2.0 codes, its status and phase. Who may open a case is the access
//! policy's (`access::Action::ManageCases`); nothing here reads or writes.

pub mod codes;
