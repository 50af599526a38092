//! Staff accounts and everything that proves who someone is, one room per concern: `users`
//! (accounts and their reading), `passwords` (Argon2id with OWASP's parameters), `roles`
//! (what an account may do: its role, whether it is disabled), `secrets` (what Strada hands
//! out, and its stored digest), `second_factor`, `sessions`, `tokens` and `invitations`.
//! Secrets that Strada hands out (session ids, tokens, codes) are stored only as SHA-256
//! digests, so a copy of the database lets nobody in; the TOTP secret, which the server must
//! read back, is sealed by the master key and bound to its user's id.
//!
//! Invariants: a change of role or password, a new second-factor secret and disabling each
//! end (revoke) the user's API tokens in the same transaction; a new secret also ends every
//! other session of the user. Failed sign-ins are counted by `rate_limits`, never stored here.

/// The columns `read_user` reads, for every query that returns users.
macro_rules! user_columns {
    () => {
        "users.id, users.email, users.name, users.organisation_id, users.role, \
         users.disabled, users.totp_enrolled, users.totp_reset, users.demo, users.language"
    };
}

// After the macro, so that the submodules' queries can use it.
mod invitations;
mod passwords;
mod roles;
mod second_factor;
mod secrets;
mod sessions;
mod tokens;
mod users;

pub use invitations::{Acceptance, Invitation, InvitationListing};
pub use passwords::{hash_password, verify_password};
pub use second_factor::{SecondFactor, SecretStart, new_recovery_codes, new_totp_secret};
pub use secrets::{digest, random_bytes, random_token};
pub use sessions::{SessionStage, StoredSession};
pub use tokens::ApiTokenListing;
pub(crate) use users::read_user;
pub use users::{Credentials, EMAIL_TAKEN, NewUser, UserListing};
