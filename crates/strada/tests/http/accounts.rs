//! Staff accounts over HTTP: signing in, the second factor, sessions, CSRF, API tokens, the
//! administration of users and organisations, and the command line.

mod account_page;
mod administration;
mod at_rest;
mod command_line;
mod form_errors;
mod invitations;
mod second_factor_reset;
mod sessions;
mod sign_in_limits;
mod signing_in;
mod tokens;

use crate::Client;
use strada_domain::second_factor::TotpSecret;

/// Signs in a new account of `role` at La Strada Moldova in `browser` and enrols its second
/// factor; answers its password and secret.
pub(crate) async fn enrolled(
    browser: &mut Client<'_>,
    email: &str,
    role: &str,
) -> (String, TotpSecret) {
    let role = strada_domain::accounts::Role::parse(role).unwrap();
    let staff = browser
        .app
        .staff_named(email, role, "la-strada-moldova")
        .await;
    let secret = staff.secret.clone().expect("a role with a second factor");
    let password = staff.password.clone();
    *browser = staff;
    (password, secret)
}
