//! The signed-in staff screens of the accounts: one's own account (`account`, with its API
//! tokens in `tokens`), and the administration of users (`users`) and their invitations
//! (`invitations`), which ask the access policy through their guards.

mod account;
mod invitations;
mod tokens;
mod users;

pub use account::{
    change_language, change_password, end_session, reset_second_factor, show_account,
};
pub use invitations::invite_user;
pub use tokens::{create_token, revoke_token};
pub use users::{change_role, disable_user, enable_user, list_users};
