//! Anonymous help requests on the web: the person's pages (`pages`: the form, the page that
//! shows the ticket and passphrase once, and the status page where they read the thread and
//! write back), the recipients' staff inbox (`screens`), and their JSON twins (`api`). Each
//! write is read by one input type from a form or a JSON body alike (`input`); the work both
//! surfaces share is `intake` (the person's) and `inbox` (the recipients'); the templates'
//! structs are `views`.
//!
//! Nothing on the way ties a request to its sender: no cookie, nothing kept in the browser;
//! the ticket and passphrase travel in POST bodies and in no URL; sending and checking are
//! limited per address by the rate limiter, which keeps only keyed digests in windows (the
//! limit is taken before the request is stored, so concurrency cannot pass it); the audit
//! event of a received request names its country only. A field hidden from people catches
//! form-filling robots.

mod api;
mod inbox;
mod input;
mod intake;
mod pages;
mod screens;
mod views;

use axum::Router;

use crate::AppState;

pub use inbox::unread_count;

pub fn routes() -> Router<AppState> {
    pages::routes()
        .merge(screens::routes())
        .merge(api::routes())
}
