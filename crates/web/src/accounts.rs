//! Staff accounts on the web: signing in with a password and a second factor, one's own
//! account (password, sessions, second factor, API tokens), the administration of users and
//! their invitations, and `/api/v1/me`. Organisations and their entries are the directory's;
//! sessions, tokens and the staff chrome are the `staff` kernel's; every decision about who
//! may do what is asked of `strada_domain::access`.

mod account;
mod api;
mod enrolment;
mod invitations;
mod sign_in;
mod users;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(sign_in::show_sign_in).post(sign_in::sign_in))
        .route(
            "/login/code",
            get(sign_in::show_code).post(sign_in::check_code),
        )
        .route("/logout", post(sign_in::sign_out))
        .route(
            "/staff/enrol",
            get(enrolment::show_enrolment).post(enrolment::confirm_enrolment),
        )
        .route("/staff/enrol/password", post(enrolment::restart_enrolment))
        .route("/staff/account", get(account::show_account))
        .route("/staff/account/password", post(account::change_password))
        .route("/staff/account/language", post(account::change_language))
        .route("/staff/account/sessions/end", post(account::end_session))
        .route(
            "/staff/account/second-factor/reset",
            post(account::reset_second_factor),
        )
        .route("/staff/account/tokens", post(account::create_token))
        .route("/staff/account/tokens/revoke", post(account::revoke_token))
        .route(
            "/staff/users",
            get(users::list_users).post(invitations::invite_user),
        )
        .route("/staff/users/{id}/role", post(users::change_role))
        .route("/staff/users/{id}/disable", post(users::disable_user))
        .route("/staff/users/{id}/enable", post(users::enable_user))
        .route(
            "/invitation",
            get(invitations::show_invitation).post(invitations::accept_invitation),
        )
        .route("/api/v1/me", get(api::show_me))
}

/// The message key that explains why a new password was refused.
fn weak_password_message(weak: strada_domain::accounts::WeakPassword) -> &'static str {
    match weak {
        strada_domain::accounts::WeakPassword::Common => "password-common",
        _ => "password-length",
    }
}
