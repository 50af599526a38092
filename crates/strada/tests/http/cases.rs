//! Case files: the staff screens.

mod screens;
