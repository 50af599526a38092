//! The staff kernel, which every staff feature uses: sessions behind a cookie (`session`), the
//! API's bearer tokens (`token`), the CSRF-checked forms (`forms`), permissions as extractors
//! (`guard`), the staff chrome (`chrome`) and the staff area's map, home and 404
//! (`navigation`). What is about accounts themselves (signing in, one's account, users,
//! invitations) is the `accounts` feature's.

mod chrome;
mod forms;
pub mod guard;
mod navigation;
pub mod session;
mod token;

use axum::Router;
use axum::response::Redirect;
use axum::routing::get;
use strada_domain::access::Actor;
use strada_domain::accounts::User;

pub use chrome::StaffChrome;
pub use forms::{StaffForm, Submitted, VisitorForm};
pub use guard::{Permitted, PermittedForm};
pub use navigation::staff_not_found;
pub use session::{CurrentSession, MaybeSession, Staff};
pub use token::ApiCaller;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff", get(|| async { Redirect::permanent("/staff/") }))
        .route("/staff/", get(navigation::show_staff_home))
        // Any other staff address: the staff 404, in the staff chrome.
        .route("/staff/{*rest}", get(navigation::show_staff_not_found))
}

/// Who `user` acts as before the access policy.
pub fn actor_of(user: &User) -> Actor {
    Actor {
        user_id: user.id,
        organisation_id: user.organisation_id,
        role: user.role,
    }
}
