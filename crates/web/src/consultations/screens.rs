//! The consultant's screens: a quick-entry form that fills from the keyboard (channel and
//! language carried over from one's last contact, and said so; nothing else chosen for the
//! consultant; the destination's information beside it with JavaScript), the list with the
//! API's filters, one record with its edit form (its author for 24 hours, org-admins after),
//! all scoped to the user's organisation. Times are shown and typed on the organisation's
//! clock (its time zone) and stored in UTC. `new` holds the new form, `list` the list,
//! `record` one record.

mod list;
mod new;
mod record;

use time::macros::format_description;

pub use list::list;
pub(in crate::consultations) use list::show_list;
pub use new::{record, show_new};
pub use record::{show, update};

/// How the list and the record show a time (on the organisation's clock).
const SHOWN_TIME: &[time::format_description::FormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]");
