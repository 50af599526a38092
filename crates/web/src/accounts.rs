//! Staff accounts on the web: signing in with a password and a second factor, one's own
//! account (password, sessions, second factor, API tokens), the administration of users and
//! their invitations, and `/api/v1/me`. Organisations and their entries are the directory's;
//! sessions, tokens and the staff chrome are the `staff` kernel's; every decision about who
//! may do what is asked of `strada_domain::access`.

mod api;
mod input;
mod pages;
mod screens;
mod views;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(pages::show_sign_in).post(pages::sign_in))
        .route("/login/code", get(pages::show_code).post(pages::check_code))
        .route("/logout", post(pages::sign_out))
        .route(
            "/staff/enrol",
            get(pages::show_enrolment).post(pages::confirm_enrolment),
        )
        .route("/staff/enrol/password", post(pages::restart_enrolment))
        .route("/staff/account", get(screens::show_account))
        .route("/staff/account/password", post(screens::change_password))
        .route("/staff/account/language", post(screens::change_language))
        .route("/staff/account/sessions/end", post(screens::end_session))
        .route(
            "/staff/account/second-factor/reset",
            post(screens::reset_second_factor),
        )
        .route("/staff/account/tokens", post(screens::create_token))
        .route("/staff/account/tokens/revoke", post(screens::revoke_token))
        .route(
            "/staff/users",
            get(screens::list_users).post(screens::invite_user),
        )
        .route("/staff/users/{id}/role", post(screens::change_role))
        .route("/staff/users/{id}/disable", post(screens::disable_user))
        .route("/staff/users/{id}/enable", post(screens::enable_user))
        .route(
            "/invitation",
            get(pages::show_invitation).post(pages::accept_invitation),
        )
        .route("/api/v1/me", get(api::show_me))
}
