//! The directory's public pages, in the language of their address and drawn from the
//! snapshot: the members (`members`) and the help pages with a number to call (`help`).

mod help;
mod members;

pub use help::{list_help, show_help_in_country};
pub use members::{list_members, show_member};
